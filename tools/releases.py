"""The release record: which shipped schema files are released, when, and their SHA-256.

``schemas/releases.json`` lists every released file by its path under the schemas
folder. A released file never changes; :func:`release_problems` reports any that did,
any that is missing, and any version folder that is neither released nor the one draft
allowed (the newest). Record a new release with::

    python -m tools.releases record 1.2            # today's date
    python -m tools.releases record 1.2 --date 2027-03-01
    python -m tools.releases record findings-report.schema.json
    python -m tools.releases check

``record`` adds every ``*.schema.json`` of a version folder (or one schema file, by its
path under the schemas folder) that is not yet recorded; ``check`` prints the problems
and exits 1 if there are any. Run them from the root of a source checkout: they read and
write its ``schemas/`` folder (``--schemas`` names another). This is a maintainer's tool: it
is not part of the installed package.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inspection_schema.spec import versions

RELEASES_FILE = "releases.json"
CHECKOUT_SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
"""The checkout's schemas folder, which these commands read and write by default."""


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, in lower-case hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_releases(root: Path | None = None) -> dict[str, Any]:
    """The parsed release record of a schemas folder (the checkout's by default)."""
    root = CHECKOUT_SCHEMAS if root is None else root
    with (root / RELEASES_FILE).open("rb") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def version_folders(root: Path) -> list[str]:
    """The ``MAJOR.MINOR`` folders of a schemas folder, oldest first."""
    return sorted(
        (
            entry.name
            for entry in root.iterdir()
            if entry.is_dir() and versions.parse(entry.name) is not None
        ),
        key=versions.order,
    )


def released_versions(releases: dict[str, Any]) -> list[str]:
    """The schema versions whose report schema is recorded, oldest first."""
    released = {
        item["path"].split("/")[0]
        for item in releases["files"]
        if versions.parse(item["path"].split("/")[0]) is not None
    }
    return sorted(released, key=versions.order)


def release_problems(root: Path | None = None) -> list[str]:
    """Every way a schemas folder breaks its release record, in words; empty if none."""
    root = CHECKOUT_SCHEMAS if root is None else root
    releases = read_releases(root)
    problems: list[str] = []
    seen: set[str] = set()
    for item in releases["files"]:
        path = item["path"]
        if path in seen:
            problems.append(f"{path} is recorded twice")
        seen.add(path)
        target = root / path
        if not target.is_file():
            problems.append(f"{path} is recorded as released but is missing")
        elif sha256_of(target) != item["sha256"]:
            problems.append(
                f"{path} has changed since its release on {item['released']}: released files "
                "never change (add a new version instead)"
            )
    released = set(released_versions(releases))
    folders = version_folders(root)
    for folder in folders:
        if folder in released:
            unrecorded = sorted(
                f"{folder}/{p.name}"
                for p in (root / folder).glob("*.schema.json")
                if f"{folder}/{p.name}" not in seen
            )
            problems += [
                f"{path} is in released version {folder} but is not recorded" for path in unrecorded
            ]
    drafts = [folder for folder in folders if folder not in released]
    if len(drafts) > 1:
        problems.append(
            f"more than one draft version ({', '.join(drafts)}): release all but the newest"
        )
    if drafts and folders and drafts[-1] != folders[-1]:
        problems.append(f"draft version {drafts[-1]} is older than released version {folders[-1]}")
    return problems


def record(target: str, date: datetime.date, root: Path | None = None) -> list[str]:
    """Record the unrecorded schema files of ``target`` as released on ``date``.

    ``target`` is a version (its folder's ``*.schema.json`` files) or the path of one
    schema file under the schemas folder. Returns the paths recorded.
    """
    root = CHECKOUT_SCHEMAS if root is None else root
    if versions.parse(target) is not None:
        if not (root / target / "report.schema.json").is_file():
            raise ValueError(f"{root / target} has no report.schema.json")
        paths = sorted((root / target).glob("*.schema.json"))
    elif target.endswith(".schema.json") and (root / target).is_file():
        paths = [root / target]
    else:
        raise ValueError(f"{target!r} is neither a version folder nor a schema file under {root}")
    releases = read_releases(root)
    recorded = {item["path"] for item in releases["files"]}
    added = []
    for path in paths:
        relative = path.relative_to(root).as_posix()
        if relative in recorded:
            continue
        with path.open("rb") as handle:
            schema_id = json.load(handle)["$id"]
        releases["files"].append(
            {
                "path": relative,
                "id": schema_id,
                "sha256": sha256_of(path),
                "released": date.isoformat(),
            }
        )
        added.append(relative)
    (root / RELEASES_FILE).write_text(
        json.dumps(releases, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return added


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.releases", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--schemas", type=Path, default=None, help="the schemas folder (default: the checkout's)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="report released files that changed or are missing")
    add = commands.add_parser("record", help="record a version folder's schema files as released")
    add.add_argument("target", help="a version such as 1.2, or a schema file's path under schemas/")
    add.add_argument("--date", type=datetime.date.fromisoformat, default=datetime.date.today())
    args = parser.parse_args(argv)
    if args.command == "record":
        for path in record(args.target, args.date, args.schemas):
            print(f"recorded {path}")
        return 0
    problems = release_problems(args.schemas)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
