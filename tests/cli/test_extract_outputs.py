"""extract-report's ``-o`` rules, as the README and ``--help`` state them, and standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_schema.cli.outputs import Folder, Input, Stream, folder_names, gather, plan
from tests.support import REPORTS, load_example

NAME = "2515609-full-2021-10-12"
TEXT = (REPORTS / f"{NAME}.txt").read_bytes()


def run(
    *args: str | Path, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema", "extract-report", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=None if stdin is None else stdin.decode(),
        timeout=120,
        check=False,
    )


@pytest.fixture
def three(tmp_path: Path) -> Path:
    """Three copies of one report, each named r.txt, in folders a, b and c."""
    for folder in "abc":
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_bytes(TEXT)
    return tmp_path


def _urn(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["urn"])


def test_three_inputs_with_one_name_give_three_files(three: Path) -> None:
    result = run("a/r.txt", "b/r.txt", "c/r.txt", "-o", "out/", cwd=three)
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(three / "out").as_posix() for p in (three / "out").rglob("*"))
    assert written == ["a", "a/r.json", "b", "b/r.json", "c", "c/r.json"]
    assert {_urn(three / "out" / f / "r.json") for f in "abc"} == {"2515609"}
    assert result.stderr.strip() == "extracted 3, refused 0, unreadable 0, failed 0"


def test_an_existing_folder_without_a_slash_is_a_folder(three: Path) -> None:
    (three / "existing").mkdir()
    assert run("a/r.txt", "b/r.txt", "-o", "existing", cwd=three).returncode == 0
    assert sorted(p.name for p in (three / "existing").iterdir()) == ["a", "b"]


def test_one_input_into_a_folder(three: Path) -> None:
    result = run("a/r.txt", "-o", "d/", cwd=three)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (three / "d").iterdir()] == ["r.json"]


def test_several_inputs_into_one_json_file_is_a_usage_error(three: Path) -> None:
    result = run("a/r.txt", "b/r.txt", "-o", "o2.json", cwd=three)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        (
            "extract-report: error: several inputs cannot go into one JSON document (o2.json): "
            "give a folder (-o o2/) or JSON Lines (--jsonl)"
        )
    ]
    assert not (three / "o2.json").exists()


def test_a_folder_input_into_one_json_file_is_a_usage_error(three: Path) -> None:
    assert run("a", "-o", "one.json", cwd=three).returncode == 2
    assert not (three / "one.json").exists()


def test_jsonl_into_a_folder_is_a_usage_error(three: Path) -> None:
    result = run("a/r.txt", "b/r.txt", "--jsonl", "-o", "jdir/", cwd=three)
    assert result.returncode == 2
    assert "--jsonl writes one file, but -o jdir/ is a folder" in result.stderr
    assert not (three / "jdir").exists()


def test_jsonl_file_and_its_parents(three: Path) -> None:
    result = run("a/r.txt", "b/r.txt", "-o", "x/y/all.jsonl", cwd=three)
    assert result.returncode == 0, result.stderr
    lines = (three / "x" / "y" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["urn"] for line in lines] == ["2515609", "2515609"]


def test_a_file_output_gets_its_parent_folders(three: Path) -> None:
    result = run("a/r.txt", "-o", "nodir/deeper/x.json", cwd=three)
    assert result.returncode == 0, result.stderr
    assert _urn(three / "nodir" / "deeper" / "x.json") == "2515609"


@pytest.mark.parametrize("output", ["a/r.txt", "./a/../a/r.txt", "link.txt"])
def test_an_output_that_is_an_input_is_refused_before_reading(three: Path, output: str) -> None:
    (three / "link.txt").symlink_to(three / "a" / "r.txt")
    result = run("a/r.txt", "-o", output, cwd=three)
    assert result.returncode == 2
    prefix = f"extract-report: error: -o {Path(output)} would overwrite the input"
    assert result.stderr.startswith(prefix)
    assert (three / "a" / "r.txt").read_bytes() == TEXT


def test_nothing_extracted_leaves_an_existing_output_alone(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "out.json").write_text("kept", encoding="utf-8")
    assert run("empty.txt", "-o", "out.json", cwd=tmp_path).returncode == 2
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "kept"


def test_a_file_named_twice_is_extracted_once(three: Path) -> None:
    result = run("a/r.txt", "a", "./a/r.txt", "--jsonl", cwd=three)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_standard_input() -> None:
    result = run("-", "--schema-version", "1.0", stdin=TEXT)
    assert result.returncode == 0, result.stderr
    instance = json.loads(result.stdout)
    provenance = instance.pop("provenance")
    assert "source_name" not in provenance
    assert instance == load_example(NAME)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "instance.json",
            b'{"urn": "2515609"}',
            (
                "is JSON, not a report PDF or text: extract-report reads the .pdf and .txt files "
                "of Ofsted's reports; validate-report checks JSON instances"
            ),
        ),
        (
            "notes.md",
            b"# Notes\n\nNothing about an inspection.\n",
            (
                "is a .md file, not a report PDF or text: extract-report reads the .pdf and .txt "
                "files of Ofsted's reports"
            ),
        ),
        (
            "notes.txt",
            b"Nothing about an inspection.\n",
            (
                "is not a children's home inspection report "
                "(it has no URN, registered provider, inspection dates or report title)"
            ),
        ),
    ],
)
def test_a_file_of_another_kind_is_named_as_such(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    result = run(name, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"extract-report: {name}: {message}"]


def test_version_on_every_command() -> None:
    for command in ("validate-report", "extract-report", "inspection-conformance"):
        result = subprocess.run(
            [sys.executable, "-m", "inspection_schema", command, "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"{command} ")
        assert "schema versions 1.0, 1.1" in result.stdout


def test_python_m_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "inspection_schema", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    for command in ("validate-report", "extract-report", "inspection-conformance"):
        assert command in result.stdout
    unknown = subprocess.run(
        [sys.executable, "-m", "inspection_schema", "validate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert unknown.returncode == 2
    assert "unknown command 'validate'" in unknown.stderr


# The planning functions, in-process


def test_colliding_names_keep_their_suffixes(tmp_path: Path) -> None:
    inputs = [Input(tmp_path / "r.txt", tmp_path), Input(tmp_path / "R.pdf", tmp_path)]
    inputs.append(Input(tmp_path / "s.txt", tmp_path))
    names = folder_names(tmp_path / "out", inputs)
    assert [names[item.path].name for item in inputs] == ["r.txt.json", "R.pdf.json", "s.json"]


def test_folder_inputs_keep_their_paths_below_the_folder(tmp_path: Path) -> None:
    for relative in ("reports/x/r.txt", "reports/y/r.txt", "other/q.pdf"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"x")
    alone = gather([str(tmp_path / "reports")])
    names = folder_names(Path("out"), alone)
    assert sorted(name.as_posix() for name in names.values()) == ["out/x/r.json", "out/y/r.json"]
    mixed = gather([str(tmp_path / "reports"), str(tmp_path / "other" / "q.pdf")])
    names = folder_names(Path("out"), mixed)
    assert sorted(name.as_posix() for name in names.values()) == [
        "out/other/q.json",
        "out/reports/x/r.json",
        "out/reports/y/r.json",
    ]


def test_plan_without_output_chooses_json_or_json_lines(tmp_path: Path) -> None:
    one = [Input(tmp_path / "r.txt", tmp_path)]
    single = plan(None, one, jsonl=False, several=False)
    assert isinstance(single, Stream)
    assert not single.lines
    several = plan(None, one * 2, jsonl=False, several=True)
    assert isinstance(several, Stream)
    assert several.lines
    assert isinstance(plan(f"{tmp_path}/dir/", one, jsonl=False, several=False), Folder)
