"""Reads the documents to validate: files, directories, standard input and JSON Lines.

Every input yields :class:`Loaded` records: a parsed document, or a problem that
says in one line why the input could not be read. Nothing here raises for bad
input, and JSON Lines files are streamed, one line at a time.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

JSON_SUFFIXES = frozenset({".json"})
LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
STDIN = "-"
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an input could not be read: a stable code and a one-line message."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document read from an input, or the problem that stopped it being read."""

    source: str
    line: int | None = None
    document: Any = None
    problem: Problem | None = None

    @property
    def location(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


def load_inputs(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Loaded]:
    """Every document in ``paths``, in order; directories are searched recursively."""
    for raw in paths:
        if raw == STDIN:
            yield from _load_stdin(stdin or sys.stdin.buffer, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _load_directory(path, max_bytes)
        elif path.exists():
            yield from _load_file(path, max_bytes)
        else:
            yield Loaded(raw, problem=Problem("input-missing", "no such file or directory"))


def _load_directory(directory: Path, max_bytes: int) -> Iterator[Loaded]:
    files = sorted(
        p
        for p in directory.rglob("*")
        if p.is_file() and p.suffix.lower() in JSON_SUFFIXES | LINES_SUFFIXES
    )
    if not files:
        problem = Problem("input-no-documents", "directory holds no .json, .jsonl or .ndjson files")
        yield Loaded(str(directory), problem=problem)
    for path in files:
        yield from _load_file(path, max_bytes)


def _load_file(path: Path, max_bytes: int) -> Iterator[Loaded]:
    source = str(path)
    try:
        if path.suffix.lower() in LINES_SUFFIXES:
            with path.open("rb") as handle:
                yield from _load_lines(source, handle, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Loaded(source, problem=_too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as error:
        yield Loaded(
            source,
            problem=Problem("input-unreadable", f"cannot be read: {error.strerror or error}"),
        )
        return
    yield _parse(source, None, data)


def _load_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Loaded]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Loaded(STDIN, problem=_too_large(len(data), max_bytes, at_least=True))
        return
    whole = _parse(STDIN, None, data)
    lines = [line for line in data.splitlines() if line.strip()]
    if whole.problem is not None and len(lines) > 1 and _parse(STDIN, 1, lines[0]).problem is None:
        yield from _load_lines(STDIN, _LinesReader(data), max_bytes)
    else:
        yield whole


class _LinesReader:
    """A minimal in-memory stand-in for a binary file's ``readline``."""

    def __init__(self, data: bytes) -> None:
        self._lines = iter(data.splitlines(keepends=True))

    def readline(self, _limit: int = -1) -> bytes:
        return next(self._lines, b"")


def _load_lines(source: str, handle: Any, max_bytes: int) -> Iterator[Loaded]:
    number = 0
    documents = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield Loaded(source, number, problem=_too_large(len(line), max_bytes, at_least=True))
            documents += 1
            continue
        if not line.strip():
            continue
        documents += 1
        yield _parse(source, number, line)
    if documents == 0:
        yield Loaded(source, problem=Problem("input-empty", "is empty: no JSON Lines documents"))


def _parse(source: str, line: int | None, data: bytes) -> Loaded:
    data = data.removeprefix(_BOM)
    if not data.strip():
        return Loaded(source, line, problem=Problem("input-empty", "is empty"))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        return Loaded(source, line, problem=Problem("input-not-utf8", message))
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        if error.msg.startswith("depth limit exceeded") or "recursion" in error.msg.lower():
            message = "is not usable JSON: nested more than 1024 levels deep"
            return Loaded(source, line, problem=Problem("input-too-deep", message))
        where = f"line {error.lineno}, column {error.colno}"
        message = f"is not valid JSON: {error.msg} at {where}"
        return Loaded(source, line, problem=Problem("input-not-json", message))
    if not isinstance(document, dict):
        kind = {list: "a JSON array", str: "a JSON string", bool: "a JSON boolean"}.get(
            type(document), "a JSON number" if isinstance(document, int | float) else "JSON null"
        )
        message = f"holds {kind}, but a report must be a JSON object"
        return Loaded(source, line, problem=Problem("input-not-object", message))
    return Loaded(source, line, document=document)


def _too_large(size: int, limit: int, *, at_least: bool = False) -> Problem:
    megabytes = f"{size / 1_048_576:.1f} MB"
    message = (
        f"is {'over ' if at_least else ''}{megabytes}, larger than the {limit / 1_048_576:g} MB "
        "limit for one document (see --max-size)"
    )
    return Problem("input-too-large", message)
