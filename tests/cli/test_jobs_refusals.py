"""``--jobs 2`` reads inputs within the same limits as ``--jobs 1``, with the same messages.

With several processes, JSON files are opened and read in the workers, JSON Lines and
standard input in the command's own process: each refusal of the reading layer (size limit
while reading, a device, a loop of links, a repeated key, a name that is not UTF-8, a pipe
with no writer, text that is not UTF-8) must come out the same, in the same order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_schema.cli import extract, validate
from inspection_schema.reading import opening
from tests.support import EXAMPLES, REPORTS

TEXT = (REPORTS / "2515609-full-2021-10-12.txt").read_bytes()
DEV_ZERO = Path("/dev/zero")
LIMIT = "0.2"  # megabytes: 209,715 bytes, shown as "0.2 MB"


def run(
    *args: str | Path, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def _both(*args: str | Path, cwd: Path, stdin: bytes | None = None) -> tuple[bytes, str]:
    """Run with ``--jobs 1`` and ``--jobs 2``; they must agree. Their output and errors."""
    one = run(*args, "--jobs", "1", cwd=cwd, stdin=stdin)
    two = run(*args, "--jobs", "2", cwd=cwd, stdin=stdin)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    errors = one.stderr.decode("utf-8")
    assert "Traceback" not in errors
    return one.stdout, errors


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero here")
def test_validate_report_refusals_are_the_same_on_two_processes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    valid = EXAMPLES[0].read_text(encoding="utf-8")
    big = json.loads(valid)
    big["home_information"] = "x" * 300_000
    (docs / "big.json").write_text(json.dumps(big), encoding="utf-8")
    (docs / "zero.json").symlink_to(DEV_ZERO)
    (docs / "loop.json").symlink_to(docs / "loop.json")
    (docs / "dup.json").write_text('{"urn": "1", "urn": "2"}', encoding="utf-8")
    Path(os.fsdecode(bytes(docs) + b"/caf\xe9.json")).write_text(valid, encoding="utf-8")
    one_line = valid.replace("\n", " ")
    (docs / "all.jsonl").write_text(f'{one_line}\n{json.dumps(big)}\n{{"n": 1,\n')
    out, errors = _both("validate-report", "docs", "--max-size", LIMIT, cwd=tmp_path)
    limit = "larger than the limit of 0.2 MB for one document (see --max-size)"
    duplicate = "the key 'urn' appears twice in one object"
    lines = errors.splitlines()
    assert lines.pop(1).startswith("validate-report: docs/all.jsonl:3: is not valid JSON: ")
    assert lines == [
        f"validate-report: docs/all.jsonl:2: is over 0.2 MB, {limit}",
        f"validate-report: docs/big.json: is 0.3 MB, {limit}",
        f"validate-report: docs/dup.json: is not usable JSON: {duplicate}",
        "validate-report: docs/loop.json: cannot be read (Too many levels of symbolic links)",
        f"validate-report: docs/zero.json: is over 0.2 MB, {limit}",
    ]
    assert out.decode("utf-8").splitlines()[:2] == [
        "docs/all.jsonl:1: valid",
        "docs/caf\\xe9.json: valid",
    ]


def test_standard_input_is_read_as_lines_the_same_on_two_processes(tmp_path: Path) -> None:
    """A broken first line, a line over the limit and good lines, checked in batches."""
    line = EXAMPLES[0].read_text(encoding="utf-8").replace("\n", " ").encode()
    padded = b'{"pad": "' + b"x" * 300_000 + b'"}'
    stream = b"{broken\n" + line + b"\n" + padded + b"\n" + (line + b"\n") * 300
    out, errors = _both("validate-report", "-", "--max-size", LIMIT, cwd=tmp_path, stdin=stream)
    assert [error.split(": ")[1] for error in errors.splitlines()] == ["-:1", "-:3"]
    lines = out.decode("utf-8").splitlines()
    assert lines[:2] == ["-:2: valid", "-:4: valid"]
    assert lines[-1].startswith("303 documents: 301 valid, 0 invalid, 2 unreadable")


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero here")
def test_extract_report_refusals_are_the_same_on_two_processes(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a-good.txt").write_bytes(TEXT)
    (reports / "big.txt").write_bytes(TEXT * 60)
    (reports / "latin.txt").write_bytes(TEXT.replace(b"Registered", b"R\xe9gistered", 1))
    (reports / "utf16.txt").write_bytes(TEXT.decode("utf-8").encode("utf-16"))
    (reports / "zero.txt").symlink_to(DEV_ZERO)
    (reports / "loop.txt").symlink_to(reports / "loop.txt")
    out, errors = _both("extract-report", "reports", "--jsonl", "--max-size", LIMIT, cwd=tmp_path)
    limit = "larger than the limit of 0.2 MB for one input (see --max-size)"
    offset = TEXT.index(b"Registered") + 1
    latin = f"is not UTF-8 text (byte 0xe9 at offset {offset} is not valid UTF-8)"
    assert errors.splitlines() == [
        f"extract-report: reports/big.txt: is {len(TEXT) * 60 / 1_048_576:.1f} MB, {limit}",
        f"extract-report: reports/latin.txt: {latin}",
        "extract-report: reports/loop.txt: cannot be read (Too many levels of symbolic links)",
        f"extract-report: reports/zero.txt: is over 0.2 MB, {limit}",
        "extracted 2, refused 0, unreadable 4, failed 0",
    ]
    assert [json.loads(line)["urn"] for line in out.decode().splitlines()] == ["2515609"] * 2


def test_extract_report_bounds_standard_input_on_two_processes(tmp_path: Path) -> None:
    """Standard input was once read whole, whatever its size."""
    (tmp_path / "r.txt").write_bytes(TEXT)
    out, errors = _both(
        "extract-report",
        "r.txt",
        "-",
        "--jsonl",
        "--max-size",
        LIMIT,
        cwd=tmp_path,
        stdin=TEXT * 60,
    )
    assert errors.splitlines()[0] == (
        "extract-report: -: is over 0.2 MB, larger than the limit of 0.2 MB for one input "
        "(see --max-size)"
    )
    assert len(out.splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_with_no_writer_is_refused_by_a_worker_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bounded wait holds where the input is read: here, in a worker process."""
    monkeypatch.setattr(opening, "PIPE_WAIT_SECONDS", 0.1)
    os.mkfifo(tmp_path / "pipe.json")
    os.mkfifo(tmp_path / "pipe.txt")
    outputs = []
    for jobs in ("1", "2"):
        assert validate.main([str(tmp_path / "pipe.json"), str(EXAMPLES[0]), "--jobs", jobs]) == 2
        assert (
            extract.main(
                [
                    str(tmp_path / "pipe.txt"),
                    str(REPORTS / "2515609-full-2021-10-12.txt"),
                    "--jobs",
                    jobs,
                ]
            )
            == 2
        )
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1]
    wait = "is a named pipe that no program opened for writing within 0.1 seconds"
    assert outputs[0].err.splitlines()[:2] == [
        f"validate-report: {tmp_path}/pipe.json: {wait}",
        f"extract-report: {tmp_path}/pipe.txt: {wait}",
    ]
