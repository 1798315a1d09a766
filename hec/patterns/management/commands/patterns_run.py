"""`hec patterns run --chapter SLUG | --affiliate SLUG | --network`: a pattern run now, in
this process (no worker needed), with a progress line on stderr."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_scopes import scopes_disabled

from hec.core.progress import Progress
from hec.patterns import runs
from hec.patterns.models import PatternRun, Scope
from hec.people.models import Affiliate, Chapter


class Command(BaseCommand):
    help = "Find themes now for a chapter, an affiliate or the whole network."

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--chapter", metavar="SLUG", help="a chapter's themes")
        which.add_argument("--affiliate", metavar="SLUG", help="an affiliate's shared themes")
        which.add_argument("--network", action="store_true", help="the network's shared themes")
        parser.add_argument("--quiet", action="store_true", help="no progress line")

    def handle(self, *args: Any, **options: Any) -> None:
        chapter = affiliate = None
        with scopes_disabled():
            if options["chapter"]:
                scope = Scope.CHAPTER
                chapter = Chapter.objects.filter(slug=options["chapter"]).first()
                if chapter is None:
                    raise CommandError(f"no chapter with slug {options['chapter']!r}")
            elif options["affiliate"]:
                scope = Scope.AFFILIATE
                affiliate = Affiliate.objects.filter(slug=options["affiliate"]).first()
                if affiliate is None:
                    raise CommandError(f"no affiliate with slug {options['affiliate']!r}")
            else:
                scope = Scope.NETWORK
        run, _created = runs.create_run(scope, chapter=chapter, affiliate=affiliate)
        if run.status == PatternRun.Status.RUNNING:
            raise CommandError(f"run {run.public_id} of this scope is already running")
        owner = chapter or affiliate or "network"
        bar = Progress(runs.PROGRESS_TOTAL, f"patterns {owner}"[:16], quiet=options["quiet"])
        started = time.monotonic()
        run = runs.execute_run(run, echo=lambda done, total, step: bar.advance_to(done))
        bar.done()
        seconds = time.monotonic() - started
        if run.status != PatternRun.Status.DONE:
            raise CommandError(f"run {run.public_id} failed: {run.error}")
        self.stdout.write(
            f"run {run.public_id}: {run.stories_count} stories, {run.themes_count} themes "
            f"({seconds:.1f} s)"
        )
