"""Inputs that are not plain files: devices, named pipes, odd paths, folders, standard input."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

import pytest

from inspection_schema.reading import opening
from inspection_schema.validate.inputs import Loaded, load_inputs

DEV_ZERO = Path("/dev/zero")


def _codes(loaded: list[Loaded]) -> list[str | None]:
    return [item.problem.code if item.problem else None for item in loaded]


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused_at_the_size_limit() -> None:
    """/dev/zero reports size 0: it once passed the size check and was read without bound."""
    (loaded,) = load_inputs([str(DEV_ZERO)], max_bytes=1_048_576)
    assert loaded.problem is not None
    assert loaded.problem.code == "input-too-large"
    assert loaded.problem.message.startswith("is over 1.0 MB")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_without_writer_is_refused_and_later_inputs_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe nobody writes to once blocked the run for ever."""
    monkeypatch.setattr(opening, "PIPE_WAIT_SECONDS", 0.2)
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    good = tmp_path / "good.json"
    good.write_text('{"urn": "1"}')
    loaded = list(load_inputs([str(pipe), str(good)]))
    assert _codes(loaded) == ["input-unreadable", None]
    assert loaded[0].problem is not None
    assert "named pipe" in loaded[0].problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_of_json_lines_is_streamed(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)

    def writer() -> None:
        with pipe.open("wb") as handle:
            handle.write(b'{"n": 1}\n{"n": 2}\n')

    threading.Thread(target=writer, daemon=True).start()
    loaded = list(load_inputs([str(pipe)]))
    assert [(item.line, item.document) for item in loaded] == [(1, {"n": 1}), (2, {"n": 2})]


def test_odd_paths_get_their_true_reason(tmp_path: Path) -> None:
    """A name too long once raised a traceback; a link loop read as "no such file"."""
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    too_long = str(tmp_path / ("x" * 300 + ".json"))
    loaded = list(load_inputs([too_long, str(loop), str(tmp_path / "absent.json")]))
    assert [(item.problem.code, item.problem.message) for item in loaded if item.problem] == [
        ("input-unreadable", "cannot be read (File name too long)"),
        ("input-unreadable", "cannot be read (Too many levels of symbolic links)"),
        ("input-missing", "does not exist"),
    ]


def test_a_folder_reports_its_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"urn": "1"}')
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    loaded = list(load_inputs([str(tmp_path)]))
    assert [(Path(item.source).name, _codes([item])[0]) for item in loaded] == [
        ("a.json", None),
        ("loop.json", "input-unreadable"),
    ]


def _stdin(data: bytes, max_bytes: int = 1_048_576) -> list[Loaded]:
    return list(load_inputs(["-"], max_bytes=max_bytes, stdin=io.BytesIO(data)))


def test_standard_input_with_a_broken_first_line_checks_the_later_lines() -> None:
    """A broken first line once made the whole stream one (broken) document."""
    data = b'{"n": 1, oops\n{"n": 2}\n\n{"n": 3}\n'
    loaded = _stdin(data)
    assert [(item.line, _codes([item])[0], item.document) for item in loaded] == [
        (1, "input-not-json", None),
        (2, None, {"n": 2}),
        (4, None, {"n": 3}),
    ]


def test_standard_input_over_the_limit_in_total_is_streamed_line_by_line() -> None:
    """Standard input was once refused whole when larger than one document may be."""
    data = b"".join(json.dumps({"n": n, "pad": "x" * 60}).encode() + b"\n" for n in range(100))
    loaded = _stdin(data, max_bytes=200)
    assert len(data) > 200 * 20
    assert [item.document["n"] for item in loaded if item.document] == list(range(100))
    assert [item.line for item in loaded] == list(range(1, 101))


def test_standard_input_holding_one_document_over_several_lines() -> None:
    document = {"urn": "1", "provider": {"name": "A"}}
    (loaded,) = _stdin(b"\n" + json.dumps(document, indent=2).encode() + b"\n")
    assert (loaded.line, loaded.document) == (None, document)
    (broken,) = _stdin(b'{\n  "urn": "1",\n  "x": \n}\n')
    assert broken.problem is not None
    assert broken.problem.code == "input-not-json"
    assert "line 4" in broken.problem.message


def test_standard_input_of_one_line_is_one_document_without_line_number() -> None:
    (loaded,) = _stdin(b'{"urn": "1"}\n')
    assert (loaded.location, loaded.document) == ("-", {"urn": "1"})


def test_standard_input_limits_one_document_and_each_line() -> None:
    (whole,) = _stdin(b'{\n  "pad": "' + b"x" * 500 + b'"\n}\n', max_bytes=100)
    assert _codes([whole]) == ["input-too-large"]
    lines = _stdin(b'{"pad": "' + b"x" * 500 + b'"}\n{"n": 2}\n', max_bytes=100)
    assert [(item.line, _codes([item])[0]) for item in lines] == [
        (1, "input-too-large"),
        (2, None),
    ]


def test_empty_standard_input() -> None:
    assert _codes(_stdin(b"")) == ["input-empty"]
    assert _codes(_stdin(b"\n \n")) == ["input-empty"]
