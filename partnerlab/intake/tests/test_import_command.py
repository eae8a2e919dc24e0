"""`partnerlab import-inputs FILE --cycle SLUG [--dry-run]`"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from partnerlab.intake.models import Input

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("import-inputs", *args, stdout=out)
    return out.getvalue()


def test_the_command_imports_and_reports(cycle, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("text\nThe cost of sending money home is too high\n", encoding="utf-8")
    assert "would add 1" in _run(str(path), "--cycle", "lab-2026", "--dry-run")
    assert not Input.objects.exists()
    assert "added 1" in _run(str(path), "--cycle", "lab-2026")
    assert "added 0" in _run(str(path), "--cycle", "lab-2026")
    assert Input.objects.count() == 1


def test_the_command_names_every_problem(cycle, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("text,country\n,XX\n", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        _run(str(path), "--cycle", "lab-2026")
    assert "line 2, column text" in str(caught.value)
    assert "line 2, column country" in str(caught.value)
    with pytest.raises(CommandError, match="No cycle"):
        _run(str(path), "--cycle", "nope")
    with pytest.raises(CommandError, match="No such file"):
        _run(str(tmp_path / "missing.csv"), "--cycle", "lab-2026")
