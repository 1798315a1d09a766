"""Production mode passes `manage.py check --deploy` with no warnings at all."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEC = str(Path(sys.executable).with_name("hec"))  # the console script, as operators run it


@pytest.mark.parametrize("extra", [{}, {"HEC_REQUIRE_MFA": "1", "EMAIL_HOST": "smtp.example.org"}])
def test_check_deploy_is_clean(tmp_path, extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_", "HEC_", "DEBUG", "SECURE_"))
    }
    env.update(
        HEC_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
        HEC_VAR_DIR=str(tmp_path),
        **extra,
    )
    result = subprocess.run(
        [HEC, "manage", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output, output
    assert "WARNING" not in output.upper().replace("--FAIL-LEVEL WARNING", "")
