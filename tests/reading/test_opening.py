"""Opening inputs: named pipes never block for ever, and every refusal gives its true reason."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from inspection_schema.reading import InputError, is_folder, open_input
from inspection_schema.reading.opening import _Prefixed

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _write_when_opened(path: Path, data: bytes, go: threading.Event | None = None) -> None:
    """Open the pipe for writing (which waits for a reader), optionally wait, write, close."""

    def writer() -> None:
        with path.open("wb") as handle:
            if go is not None:
                go.wait(timeout=30)
            handle.write(data)

    threading.Thread(target=writer, daemon=True).start()


@needs_fifo
def test_a_named_pipe_nobody_writes_to_is_refused_after_the_wait(tmp_path: Path) -> None:
    """Guards against a pipe with no writer blocking the run for ever."""
    with pytest.raises(InputError, match=r"no program opened for writing within 0\.2 seconds"):
        open_input(_fifo(tmp_path), pipe_wait=0.2)


@needs_fifo
def test_a_named_pipe_with_a_writer_is_read_to_its_end(tmp_path: Path) -> None:
    path = _fifo(tmp_path)
    _write_when_opened(path, b'{"urn": "1"}')
    with open_input(path, pipe_wait=30) as handle:
        assert handle.read() == b'{"urn": "1"}'


@needs_fifo
def test_a_writer_that_is_slow_to_write_is_waited_for(tmp_path: Path) -> None:
    """A writer that opened the pipe but writes after the wait is not mistaken for none."""
    path = _fifo(tmp_path)
    go = threading.Event()
    _write_when_opened(path, b"late", go)
    with open_input(path, pipe_wait=1.0) as handle:
        go.set()
        assert handle.read() == b"late"


def test_bytes_read_while_waiting_are_given_back_first() -> None:
    reader, writer = os.pipe()
    os.write(writer, b"rest")
    os.close(writer)
    with io.BufferedReader(_Prefixed(b"f", io.FileIO(reader, "rb"))) as handle:
        assert handle.read() == b"frest"


def test_a_loop_of_symbolic_links_gives_its_own_reason(tmp_path: Path) -> None:
    """A loop once read as "no such file"."""
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(InputError) as raised:
        open_input(loop)
    assert raised.value.message == "cannot be read (Too many levels of symbolic links)"
    assert not raised.value.missing


def test_a_name_too_long_gives_its_own_reason(tmp_path: Path) -> None:
    """A name over the file system's limit once raised OSError from a path check."""
    long_name = tmp_path / ("x" * 300 + ".json")
    assert not is_folder(long_name)
    with pytest.raises(InputError, match=r"^cannot be read \(File name too long\)$"):
        open_input(long_name)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^does not exist$") as raised:
        open_input(tmp_path / "absent.json")
    assert raised.value.missing
    with pytest.raises(InputError, match=r"^is a folder, not a file$"):
        open_input(tmp_path)
    assert is_folder(tmp_path)


def test_a_name_holding_nul_is_refused_not_raised() -> None:
    with pytest.raises(InputError, match="NUL"):
        open_input("bad\0name.json")
    assert not is_folder("bad\0name")
