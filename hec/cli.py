"""The `hec` command: common jobs in one place.

hec demo        migrate, build (or top up) the demo world, print the logins, serve
hec serve       serve on HOST:PORT (default 127.0.0.1:8000)
hec patterns …  code stories / discover themes from JSONL files;
                `patterns run --chapter SLUG|--affiliate SLUG|--network` runs on the database
hec generate …  fill a database at a named scale (small, tenth, national)
hec bench …     benchmarks: pages under gunicorn, `bench soak`, `bench patterns` (BENCHMARKS.md)
hec manage …    any Django management command (same as manage.py)
"""

from __future__ import annotations

import os
import sys

USAGE = {
    "demo": "usage: hec demo\n\nMigrate the database (SQLite under var/, or DATABASE_URL), "
    "build or top up the demo world, print the demo logins and serve on HOST:PORT "
    "(127.0.0.1:8000).",
    "serve": "usage: hec serve\n\nServe the app on HOST:PORT (default 127.0.0.1:8000).",
}


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hec.settings")
    import django

    django.setup()


def manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hec.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    if "sqlite" in settings.DATABASES["default"]["ENGINE"]:
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    execute_from_command_line(argv)
    return 0


def _address() -> str:
    return f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"


def serve() -> int:
    return manage(["hec", "runserver", "--noreload", _address()])


def demo() -> int:
    manage(["hec", "migrate", "--noinput", "-v", "0"])
    _django_setup()
    from hec.demo.world import build_demo_world, print_logins

    build_demo_world(progress=True)
    print_logins(f"http://{_address()}")
    return serve()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "help"
    if command in {"demo", "serve"} and args:  # they take no options: don't build or serve
        help_asked = args[0] in {"-h", "--help"}
        print(USAGE[command] if help_asked else f"hec {command}: takes no arguments ({args[0]})")
        return 0 if help_asked else 2
    if command == "demo":
        return demo()
    if command == "serve":
        return serve()
    if command == "manage":
        return manage(["hec", *args])
    if command == "patterns" and args[:1] == ["run"]:  # a pattern run on the database
        return manage(["hec", "patterns_run", *args[1:]])
    if command == "patterns":
        from hec.patterns.engine.cli import main as patterns_main

        return patterns_main(args)
    if command == "generate":
        from hec.scale.generate import main as generate_main

        return generate_main(args)
    if command == "bench":
        if args and args[0] == "patterns":
            from hec.patterns.engine.bench import main as bench_patterns

            return bench_patterns(args[1:])
        if args and args[0] == "soak":
            from hec.scale.soak import main as soak_main

            return soak_main(args[1:])
        from hec.scale.bench import main as bench_main

        return bench_main(args)
    print(__doc__)
    return 0 if command in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main())
