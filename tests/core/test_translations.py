"""Spanish keeps up with English: every interface string is translated, none fuzzy."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HEC = Path(__file__).resolve().parents[2] / "hec"
PO = HEC / "locale" / "es" / "LC_MESSAGES" / "django.po"


def entries(po_text: str) -> dict[str, str]:
    """msgid -> msgstr (plural entries: the first form), header excluded."""
    result = {}
    for block in po_text.split("\n\n"):
        if block.lstrip().startswith("#~"):
            continue  # obsolete entries
        msgid = _joined(block, "msgid")
        msgstr = _joined(block, "msgstr") or _joined(block, r"msgstr\[0\]")
        if msgid:
            result[msgid] = msgstr
    return result


def _joined(block: str, keyword: str) -> str:
    match = re.search(rf'^{keyword} ((?:".*"\n?)+)', block, re.M)
    if not match:
        return ""
    return "".join(re.findall(r'"(.*)"', match.group(1)))


def test_catalogue_is_complete_and_not_fuzzy():
    text = PO.read_text()
    assert "#, fuzzy" not in text
    missing = [msgid for msgid, msgstr in entries(text).items() if not msgstr]
    assert missing == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_interface_string_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "hec"
    shutil.copytree(HEC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    # the same command as `make messages`: the engine and the bench speak no interface strings
    subprocess.run(
        [
            *(sys.executable, "-m", "django", "makemessages", "-l", "es"),
            *("--no-obsolete", "--no-wrap", "--ignore", "patterns/engine/*", "--ignore", "scale/*"),
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            "DJANGO_SETTINGS_MODULE": "hec.settings",
            "PYTHONPATH": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "HEC_ENV": "test",
        },
    )
    fresh = entries((copy / "locale/es/LC_MESSAGES/django.po").read_text())
    committed = entries(PO.read_text())
    untranslated = sorted(m for m in fresh if not committed.get(m))
    assert untranslated == [], "run `make messages` and translate these"


def test_pages_speak_spanish(client):
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="es")
    assert "Iniciar sesión" in page.content.decode()
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Sign in" in page.content.decode()
