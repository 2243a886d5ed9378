"""``extract-report``: outputs, exit codes, one line per failing input, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support import REPORT_EXCERPTS, REPORTS, TWINS_DIR, blank_pdf, load_example, text_pdf

NAME = "2515609-full-2021-10-12"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema.cli.extract", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("extract-report: ")]


def test_one_text_to_stdout() -> None:
    result = run(REPORTS / f"{NAME}.txt")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    instance = json.loads(result.stdout)
    instance.pop("provenance")
    # The newest schema version by default: the 1.2 twin, apart from what only Ofsted's
    # outcome data gives.
    twin = load_example(TWINS_DIR / f"{NAME}.json")
    for key in ("event_number", "publication_date", "sector"):
        del twin[key]
    assert instance == twin
    assert result.stdout.startswith('{\n  "schema_version": "1.2"')


def test_folder_to_folder_and_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "reports" / "nested"
    source.mkdir(parents=True)
    for path in REPORTS.glob("*-full-*.txt"):
        (source / path.name).write_bytes(path.read_bytes())
    (source / "notes.md").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out"
    result = run(tmp_path / "reports", "-o", f"{out}/")
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "nested/1252023-full-2023-01-31.json",
        "nested/2515609-full-2021-10-12.json",
    ]
    assert result.stderr.strip() == "extracted 2, refused 0, unreadable 0, failed 0"
    lines = run(tmp_path / "reports", "--jsonl")
    assert [json.loads(line)["urn"] for line in lines.stdout.splitlines()] == ["1252023", "2515609"]
    target = tmp_path / "all.jsonl"
    assert run(tmp_path / "reports", "--jsonl", "-o", target).returncode == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_real_pdfs_are_refused(real_pdfs: list[Path]) -> None:
    good = REPORTS / f"{NAME}.txt"
    result = run(*real_pdfs, good, "--jsonl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    problems = _problems(result.stderr)
    assert len(problems) == len(real_pdfs)
    for path, line in zip(real_pdfs, problems, strict=True):
        assert line == (
            f"extract-report: {path}: is not a children's home inspection report "
            "(it reads as a local-authority focused visit letter)"
        )
    assert json.loads(result.stdout)["urn"] == "2515609"
    assert (
        result.stderr.splitlines()[-1]
        == f"extracted 1, refused {len(real_pdfs)}, unreadable 0, failed 0"
    )


def test_bad_inputs_one_line_each(tmp_path: Path) -> None:
    good_pdf = (REPORTS / f"{NAME}.txt").read_bytes()
    files: dict[str, tuple[bytes, str]] = {
        "encrypted.pdf": (blank_pdf(password="secret"), "is encrypted"),
        "scan.pdf": (blank_pdf(pages=2), "has no text layer"),
        "zero.pdf": (blank_pdf(pages=0), "has no pages"),
        "truncated.pdf": (text_pdf("Some text\n" * 50)[:400], "is not a PDF or is damaged"),
        "renamed.pdf": (b"This is plain text, not a PDF.", "is not a PDF or is damaged"),
        "empty.txt": (b"", "is empty"),
        "empty.pdf": (b"", "is empty"),
        "prose.txt": (
            (
                b"The quick brown fox jumps over the lazy dog. It was a bright cold day in April.\n"
                b"\nNothing here is about an inspection.\n"
            ),
            (
                "is not a children's home inspection report "
                "(it has no URN, registered provider, inspection dates or report title)"
            ),
        ),
    }
    paths = []
    for name, (data, _) in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    good = tmp_path / "good.txt"
    good.write_bytes(good_pdf)
    result = run(*paths, good, tmp_path / "missing.txt", "--jsonl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    problems = _problems(result.stderr)
    expected = [
        f"extract-report: {tmp_path / name}: {message}" for name, (_, message) in files.items()
    ]
    expected.append(f"extract-report: {tmp_path / 'missing.txt'}: does not exist")
    assert problems == expected
    assert json.loads(result.stdout)["urn"] == "2515609"
    assert result.stderr.splitlines()[-1] == "extracted 1, refused 1, unreadable 8, failed 0"


def test_pdf_of_a_report_text(tmp_path: Path, load_report: Any) -> None:
    """A plain PDF made from the report text (no rendering) still extracts to a valid instance."""
    path = tmp_path / "plain.pdf"
    path.write_bytes(text_pdf(load_report("1252023-full-2023-01-31")))
    result = run(path)
    # One line per text line, no paragraph spacing: it may be refused as incomplete, but it
    # never gives a traceback and always says why on one line.
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert json.loads(result.stdout)["urn"] == "1252023"
    else:
        assert len(result.stderr.splitlines()) == 1


def test_older_layouts_fail_with_a_reason() -> None:
    excerpts = sorted(REPORT_EXCERPTS.glob("*.txt"))
    assert len(excerpts) == 10
    result = run(REPORT_EXCERPTS)
    assert result.returncode == 2
    assert result.stdout == ""
    problems = _problems(result.stderr)
    assert len(problems) == len(excerpts)
    assert all("layout, which this extractor does not read" in line for line in problems)


def test_help_and_usage() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "--jsonl" in result.stdout
    assert run().returncode == 2
    assert run("--bogus", "x").returncode == 2


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    from inspection_schema.cli.extract import main

    assert main([str(REPORTS / f"{NAME}.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["urn"] == "2515609"


def test_schema_version_pins_the_instance() -> None:
    source = REPORTS / f"{NAME}.txt"
    for version in ("1.0", "1.1", "1.2"):
        result = run(source, "--schema-version", version)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["schema_version"] == version
    pinned = json.loads(run(source, "--schema-version", "1.0").stdout)
    pinned.pop("provenance")
    assert pinned == load_example(NAME)


def test_an_unknown_schema_version_is_a_usage_error() -> None:
    result = run(REPORTS / f"{NAME}.txt", "--schema-version", "9.9")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("extract-report: error: --schema-version: ")
    assert "'9.9'" in result.stderr
    assert "1.0, 1.1, 1.2" in result.stderr
