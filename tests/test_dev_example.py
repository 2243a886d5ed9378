"""``python3 dev.py example`` validates every bundled instance, of every schema version."""

from __future__ import annotations

from pathlib import Path

import pytest

import dev
from inspection_schema.cli import validate
from tests.support import EXAMPLES, EXAMPLES_DIR, REPO, TWINS_DIR


def test_the_example_validates_every_bundled_instance(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The schema 1.2 twins in examples/1.2/ were left out."""
    commands: list[tuple[str | Path, ...]] = []
    monkeypatch.setattr(dev, "run", lambda *command: commands.append(command))
    dev.validate_bundled()
    ((program, *paths),) = commands
    assert program == dev.BIN / "validate-report"
    twins = sorted(TWINS_DIR.glob("*.json"))
    assert len(twins) == len(EXAMPLES) == 2
    given = {REPO / path for path in paths}
    assert given == set(EXAMPLES_DIR.rglob("*.json")) >= {*EXAMPLES, *twins}
    assert validate.main([str(REPO / path) for path in paths]) == 0
    shown = capsys.readouterr().out
    for path in given:
        assert f"{path}: valid" in shown
