"""Where extract-report writes, decided by ``-o`` alone and checked before any input is read.

- No ``-o``: standard output. One input gives one JSON document; several inputs (or a
  folder, or ``--jsonl``) give JSON Lines, one instance per line.
- ``-o DIR/`` (a trailing slash) or ``-o DIR`` naming an existing folder: a folder, with
  one ``.json`` file per input at the input's path below the inputs' common folder, so
  ``a/r.txt b/r.txt`` give ``DIR/a/r.json`` and ``DIR/b/r.json``, and a folder ``reports/``
  gives ``DIR/<path below reports/>.json``. Two inputs that would share a name (``r.txt``
  and ``r.pdf``) keep their suffix (``r.txt.json``, ``r.pdf.json``). The folder and its
  subfolders are created. ``--jsonl`` with a folder is a usage error: JSON Lines is one file.
- Any other ``-o FILE``: one file, its parent folders created. JSON Lines with ``--jsonl`` or
  a ``.jsonl``/``.ndjson`` name; otherwise one JSON document, so several inputs into it are
  a usage error.
- An output that would overwrite one of the inputs is a usage error
  (:func:`overwritten_input`; ``--format csv|xlsx`` is held to the same rule).

Each input is an :class:`Input`; :func:`plan` gives a :class:`Folder` or a :class:`Stream`
to write instances to, or the usage error in words.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

STDIN = "-"
LINES_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Input:
    """One input file (or ``-``), and the folder its output name is taken below."""

    path: Path
    base: Path

    @property
    def is_stdin(self) -> bool:
        return str(self.path) == STDIN


def gather(names: Sequence[str]) -> list[Input]:
    """The inputs in order, each folder replaced by its report files (as extraction finds them).

    A file named twice (directly or through a folder) is kept once, where it first comes.
    """
    from inspection_schema.extract.batch import expand_inputs
    from inspection_schema.reading import is_folder

    found: list[Input] = []
    seen: set[str] = set()
    for name in names:
        if name == STDIN:
            candidates = [Input(Path(STDIN), Path())]
        else:
            base = Path(name) if is_folder(name) else Path(name).parent
            candidates = [Input(path, base) for path in expand_inputs([name])]
        for candidate in candidates:
            key = STDIN if candidate.is_stdin else str(absolute(candidate.path))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def dump(instance: dict[str, Any], *, lines: bool) -> str:
    """An instance as JSON text: one line, or indented."""
    if lines:
        return json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(instance, indent=2, ensure_ascii=False)


class Folder:
    """Writes each instance to its own file in a folder, at the name planned for its input."""

    def __init__(self, folder: Path, names: dict[Path, Path]) -> None:
        self.folder = folder
        self.names = names

    def write(self, item: Input, instance: dict[str, Any]) -> str | None:
        """Write one instance; the problem in words if it could not be written."""
        target = self.names[item.path]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(dump(instance, lines=False) + "\n", encoding="utf-8")
        except OSError as error:
            return f"cannot write {target} ({error.strerror or error})"
        return None

    def close(self) -> None:
        """Nothing to close: each file is written whole."""


class Stream:
    """Writes instances to one stream: one JSON document, or JSON Lines.

    A file is opened at the first instance, so a run that extracts nothing leaves an
    existing file as it was.
    """

    def __init__(self, target: Path | None, *, lines: bool) -> None:
        self.target = target
        self.lines = lines
        self.stream: TextIO | None = sys.stdout if target is None else None

    def write(self, _item: Input, instance: dict[str, Any]) -> str | None:
        """Write one instance; the problem in words if it could not be written."""
        try:
            if self.stream is None:
                assert self.target is not None
                self.stream = self.target.open("w", encoding="utf-8")
            self.stream.write(dump(instance, lines=self.lines) + "\n")
            self.stream.flush()
        except OSError as error:
            if self.target is None:
                raise  # standard output closed or full: the run ends (common.run_command)
            return f"cannot write {self.target} ({error.strerror or error})"
        return None

    def close(self) -> None:
        """Close the file (never standard output)."""
        if self.stream is not None and self.target is not None:
            self.stream.close()


def _means_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def absolute(path: Path) -> Path:
    """The path from the root, with ``.`` and ``..`` resolved but symbolic links kept."""
    return Path(os.path.normpath(path.absolute()))


def _same_file(first: Path, second: Path) -> bool:
    if absolute(first) == absolute(second):
        return True
    try:
        return first.exists() and second.exists() and first.samefile(second)
    except OSError:
        return False


def overwritten_input(outputs: Iterable[Path], inputs: Iterable[Path]) -> str | None:
    """The usage error, in words, of an output file that is one of the input files (by
    name, or as the same file through a link); ``None`` when no output is."""
    files = list(inputs)
    for output in outputs:
        for path in files:
            if _same_file(output, path):
                return f"-o {output} would overwrite the input {path}"
    return None


def _overwrites(outputs: Iterable[Path], inputs: Sequence[Input]) -> str | None:
    return overwritten_input(outputs, (item.path for item in inputs if not item.is_stdin))


def folder_names(folder: Path, inputs: Sequence[Input]) -> dict[Path, Path]:
    """Each input's output file in ``folder``: its path below the inputs' common folder."""
    bases = [str(absolute(item.base)) for item in inputs if not item.is_stdin]
    try:
        common = Path(os.path.commonpath(bases)) if bases else Path.cwd()
    except ValueError:  # paths on different drives
        common = None
    relative: dict[Path, Path] = {}
    for item in inputs:
        if item.is_stdin:
            relative[item.path] = Path("stdin.txt")
        elif common is None:
            relative[item.path] = Path(item.path.name)
        else:
            relative[item.path] = absolute(item.path).relative_to(common)
    stems: dict[str, int] = {}
    for name in relative.values():
        key = name.with_suffix("").as_posix().casefold()
        stems[key] = stems.get(key, 0) + 1
    names = {}
    for path, name in relative.items():
        shared = stems[name.with_suffix("").as_posix().casefold()] > 1
        names[path] = folder / (
            name.with_name(name.name + ".json") if shared else name.with_suffix(".json")
        )
    return names


def plan(
    output: str | None, inputs: Sequence[Input], *, jsonl: bool, several: bool
) -> Folder | Stream | str:
    """Where the instances go, or the usage error in words."""
    if output is None:
        return Stream(None, lines=jsonl or several)
    if _means_folder(output):
        if jsonl:
            example = Path(output) / "all.jsonl"
            return f"--jsonl writes one file, but -o {output} is a folder: name a file ({example})"
        folder = Path(output)
        names = folder_names(folder, inputs)
        problem = _overwrites(names.values(), inputs)
        if problem is not None:
            return problem
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"-o {output}: cannot create the folder ({error.strerror or error})"
        return Folder(folder, names)
    target = Path(output)
    lines = jsonl or target.suffix.lower() in LINES_SUFFIXES
    if several and not lines:
        return (
            f"several inputs cannot go into one JSON document ({output}): "
            f"give a folder (-o {target.with_suffix('')}/) or JSON Lines (--jsonl)"
        )
    problem = _overwrites([target], inputs)
    if problem is not None:
        return problem
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"-o {output}: cannot create its folder ({error.strerror or error})"
    if not os.access(target.parent, os.W_OK) or (
        target.exists() and not os.access(target, os.W_OK)
    ):
        return f"-o {output}: cannot be written (permission denied)"
    return Stream(target, lines=lines)
