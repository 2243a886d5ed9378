"""Both commands under hostile conditions: odd sizes, odd paths, output cut off or failing.

Whatever happens, there is no traceback: one line on standard error and exit status 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.cli import extract, validate
from inspection_schema.reading import opening
from tests.support import EXAMPLES, EXAMPLES_DIR

COMMANDS = {"validate-report": "validate", "extract-report": "extract"}
VALID = EXAMPLES[0]
REPORT_TEXT = EXAMPLES_DIR / "reports" / "2515609-full-2021-10-12.txt"


def _command(prog: str, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", f"inspection_schema.cli.{COMMANDS[prog]}", *map(str, args)]


def run(
    prog: str, *args: str | Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        _command(prog, *args), input=stdin, capture_output=True, timeout=120, check=False
    )


def _good_input(prog: str) -> Path:
    return VALID if prog == "validate-report" else REPORT_TEXT


def _one_clean_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text
    assert "Exception ignored" not in text
    (line,) = text.strip().splitlines()
    return line


@pytest.mark.parametrize("prog", sorted(COMMANDS))
@pytest.mark.parametrize("size", ["nan", "inf", "-inf", "-1", "0", "1e-9", "lots"])
def test_a_max_size_that_is_not_a_size_is_a_usage_error(prog: str, size: str) -> None:
    """nan and inf once gave a traceback and exit status 1."""
    result = run(prog, f"--max-size={size}", _good_input(prog))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    last = result.stderr.decode().strip().splitlines()[-1]
    assert last.startswith(f"{prog}: error: argument --max-size: '{size}' is not a")


def test_a_huge_max_size_reserves_no_memory() -> None:
    """A limit beyond memory once made reading standard input ask for all of it at once."""
    result = run("validate-report", "--max-size", "1e300", "-", stdin=VALID.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("-: valid")


@pytest.mark.parametrize("prog", sorted(COMMANDS))
def test_a_name_too_long_is_one_line_and_the_next_input_is_read(prog: str, tmp_path: Path) -> None:
    """A path component over 255 characters once gave an OSError traceback."""
    too_long = tmp_path / ("r" * 300 + (".json" if prog == "validate-report" else ".txt"))
    result = run(prog, too_long, _good_input(prog))
    assert result.returncode == 2
    problems = [
        line for line in result.stderr.decode().splitlines() if line.startswith(f"{prog}: ")
    ]
    assert problems == [f"{prog}: {too_long}: cannot be read (File name too long)"]
    assert b"Traceback" not in result.stderr
    assert result.stdout


def _many_documents(tmp_path: Path) -> Path:
    """A JSON Lines file whose report runs to far more than a pipe holds."""
    path = tmp_path / "many.jsonl"
    path.write_text('{"schema_version": "1.1"}\n' * 2000, encoding="utf-8")
    return path


def _cut_off(command: list[str]) -> tuple[int, bytes]:
    """Run ``command``, read one line of its output, then close the pipe as ``head`` does."""
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read()
        return process.wait(timeout=120), stderr


def test_validation_output_cut_off_stops_quietly(tmp_path: Path) -> None:
    """``validate-report big.jsonl | head -n1`` once ended in a BrokenPipeError traceback."""
    status, stderr = _cut_off(_command("validate-report", _many_documents(tmp_path)))
    assert status == 2
    assert stderr == b""


def test_extraction_output_cut_off_stops_quietly(tmp_path: Path) -> None:
    inputs = []
    for number in range(12):
        path = tmp_path / f"report-{number}.txt"
        path.write_bytes(REPORT_TEXT.read_bytes())
        inputs.append(path)
    status, stderr = _cut_off(_command("extract-report", "--jsonl", *inputs))
    assert status == 2
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_output_that_cannot_be_written_is_one_line() -> None:
    with Path("/dev/full").open("wb") as full:
        result = subprocess.run(
            _command("validate-report", VALID),
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert result.returncode == 2
    assert _one_clean_line(result.stderr) == "validate-report: error: No space left on device"


def test_extract_report_refuses_an_input_over_max_size() -> None:
    """extract-report had no size limit at all."""
    result = run("extract-report", "--max-size", "0.001", REPORT_TEXT)
    assert result.returncode == 2
    line = _one_clean_line(result.stderr)
    size = REPORT_TEXT.stat().st_size
    assert line == (
        f"extract-report: {REPORT_TEXT}: is {size:,} bytes, larger than the limit of "
        "1,048 bytes for one input (see --max-size)"
    )
    assert run("extract-report", "--help").stdout.count(b"--max-size") == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_with_no_writer_does_not_stop_either_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pipe nobody writes to once blocked the run for ever."""
    monkeypatch.setattr(opening, "PIPE_WAIT_SECONDS", 0.1)
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    assert validate.main([str(pipe), str(VALID)]) == 2
    output = capsys.readouterr()
    assert f"{VALID}: valid" in output.out
    assert "no program opened for writing within 0.1 seconds" in output.err
    text_pipe = tmp_path / "pipe.txt"
    os.mkfifo(text_pipe)
    assert extract.main([str(text_pipe), str(REPORT_TEXT)]) == 2
    output = capsys.readouterr()
    assert json.loads(output.out)["urn"] == "2515609"
    assert "named pipe" in output.err


def _odd_name(tmp_path: Path, raw: bytes) -> Path:
    return Path(os.fsdecode(bytes(tmp_path) + b"/" + raw))


def test_a_file_name_that_is_not_utf8_is_escaped_in_every_output(tmp_path: Path) -> None:
    """Such a name was once written raw into the JSON report, making it invalid UTF-8."""
    path = _odd_name(tmp_path, b"caf\xe9.json")
    path.write_bytes(VALID.read_bytes())
    shown = f"{tmp_path}/caf\\xe9.json"
    report = run("validate-report", "--format", "json", path)
    assert report.returncode == 0
    assert json.loads(report.stdout.decode("utf-8"))["documents"][0]["source"] == shown
    text = run("validate-report", path)
    assert text.stdout.decode("utf-8").startswith(f"{shown}: valid")
    missing = run("validate-report", _odd_name(tmp_path, b"gone\xff.json"))
    assert _one_clean_line(missing.stderr).endswith("gone\\xff.json: does not exist")


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.json"
    result = run("validate-report", path)
    assert _one_clean_line(result.stderr) == (
        f"validate-report: {tmp_path}/two\\nlines.json: does not exist"
    )
    extracted = run("extract-report", tmp_path / "two\nlines.txt")
    assert _one_clean_line(extracted.stderr).endswith("/two\\nlines.txt: does not exist")


@pytest.mark.parametrize("prog", sorted(COMMANDS))
def test_a_loop_of_symbolic_links_is_named_as_such(prog: str, tmp_path: Path) -> None:
    """A link loop was once reported as "no such file or directory"."""
    loop = tmp_path / ("loop.json" if prog == "validate-report" else "loop.txt")
    loop.symlink_to(loop)
    result = run(prog, loop)
    assert result.returncode == 2
    assert _one_clean_line(result.stderr) == (
        f"{prog}: {loop}: cannot be read (Too many levels of symbolic links)"
    )


def _shut_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that cannot be listed or opened, whoever runs the tests (root reads all)."""
    shut = tmp_path / "reports" / "shut"
    shut.mkdir(parents=True)
    listing, opening_file = os.scandir, os.open

    def scandir(path: Any) -> Any:
        if Path(path) == shut:
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    def open_file(path: Any, flags: int, *args: Any) -> int:
        if Path(path) == shut:
            raise PermissionError(13, "Permission denied", str(path))
        return opening_file(path, flags, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", open_file)
    return shut


def test_a_folder_that_cannot_be_listed_is_named_by_both_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable folder once read as "holds no JSON", or was passed over in silence."""
    shut = _shut_folder(tmp_path, monkeypatch)
    (tmp_path / "reports" / "good.json").write_bytes(VALID.read_bytes())
    (tmp_path / "reports" / "good.txt").write_bytes(REPORT_TEXT.read_bytes())
    assert validate.main([str(tmp_path / "reports")]) == 2
    output = capsys.readouterr()
    assert output.err == f"validate-report: {shut}: cannot be read (Permission denied)\n"
    assert "good.json: valid" in output.out
    assert extract.main([str(tmp_path / "reports"), "--jsonl"]) == 2
    output = capsys.readouterr()
    assert output.err.splitlines() == [
        f"extract-report: {shut}: cannot be read (Permission denied)",
        "extracted 1, refused 0, unreadable 1, failed 0",
    ]
