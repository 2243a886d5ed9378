"""Folders searched with their unreadable parts named; names and messages kept to one line."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.reading import files_under, one_line, shown_name


def test_files_are_found_in_path_order_without_following_folder_links(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c.json").write_text("{}")
    (tmp_path / "a.JSON").write_text("{}")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "b" / "up").symlink_to(tmp_path)  # a loop, if it were followed
    (tmp_path / "self.json").symlink_to(tmp_path / "self.json")
    found = list(files_under(tmp_path, {".json"}))
    assert [Path(item.path).relative_to(tmp_path).as_posix() for item in found] == [
        "a.JSON",
        "b/c.json",
        "self.json",
    ]
    assert all(item.error is None for item in found)


def test_a_folder_that_cannot_be_listed_is_named_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable folder once read as "holds no JSON"."""
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.json").write_text("{}")
    (tmp_path / "shut").mkdir()
    listing = os.scandir

    def scandir(path: Any) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "shut":
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(files_under(tmp_path, {".json"}))
    assert [(Path(item.path).name, item.error and item.error.message) for item in found] == [
        ("a.json", None),
        ("shut", "cannot be read (Permission denied)"),
    ]


NOBODY = 65534
"""The unprivileged user a root run drops to, so that a folder's permissions hold for it."""


def _without_privileges(work: Callable[[], list[Any]]) -> list[Any]:
    """``work()`` run by a user whom permissions bind: this process, unless it runs as root;
    then a forked copy of it that becomes ``nobody`` first (root reads every folder)."""
    if os.geteuid() != 0:
        return work()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe and its status
        status = 1
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write, json.dumps(work()).encode("utf-8"))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged run failed"
    return list(json.loads(data))


@pytest.mark.skipif(os.name != "posix", reason="permissions and users of POSIX")
def test_a_folder_without_permission_is_named() -> None:
    """A real folder that cannot be listed, whoever runs the tests (as root, by ``nobody``)."""
    with tempfile.TemporaryDirectory() as top:
        top_path = Path(top)
        top_path.chmod(0o755)  # reachable by anyone, so only the folder's own mode refuses
        (top_path / "open").mkdir(mode=0o755)
        (top_path / "open" / "a.json").write_text("{}")
        (top_path / "open" / "a.json").chmod(0o644)
        shut = top_path / "shut"
        shut.mkdir()
        (shut / "hidden.json").write_text("{}")
        shut.chmod(0)
        try:
            found = _without_privileges(
                lambda: [
                    [str(item.path), item.error and item.error.message]
                    for item in files_under(top_path, {".json"})
                ]
            )
        finally:
            shut.chmod(0o700)
    assert found == [
        [str(top_path / "open" / "a.json"), None],
        [str(shut), "cannot be read (Permission denied)"],
    ]


def test_a_name_that_is_not_utf8_is_shown_escaped() -> None:
    name = os.fsdecode(b"caf\xe9.json")
    assert shown_name(name) == "caf\\xe9.json"
    assert shown_name(name).encode("utf-8")


def test_line_breaks_and_control_characters_cannot_forge_a_line() -> None:
    assert one_line("a\nb\rc\x1bd\u2028e\x85f") == "a\\nb\\rc\\x1bd\\u2028e\\x85f"
    assert shown_name("two\nlines.json") == "two\\nlines.json"
    assert one_line("Ofsted’s “quotes” — fine") == "Ofsted’s “quotes” — fine"


@pytest.mark.parametrize("given", ["{top}", "{top}//", "{top}/./a", ".", "./", "a", "./a/"])
def test_paths_are_written_and_sorted_as_pathlib_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """Paths are handled as text: "a-b" sorts after "a" (name by name), and the folder given
    is written as Path writes it ("./a/" is "a")."""
    for name in ("a/b.json", "a-b/c.json", "a/X.JSON", "a b/d.json", "a.b/e.json", "a/s/t/f.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}")
    monkeypatch.chdir(tmp_path)
    folder = given.format(top=tmp_path)
    expected = sorted(
        (Path(where, name) for where, _, names in os.walk(folder) for name in names),
        key=lambda path: path.parts,
    )
    assert [item.path for item in files_under(folder, {".json"})] == list(map(str, expected))
