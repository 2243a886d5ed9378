"""The committed reference documentation is what the generator makes from schemas/ today."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_schema.spec.codelists import all_codelists, grades
from inspection_schema.spec.finding_catalogue import entries
from inspection_schema.spec.versions import load_schema, supported_versions
from tests.support import REPO
from tools.reference_docs import main, render_all, stale_pages

COMMITTED = REPO / "docs" / "reference"
PAGES = render_all(REPO / "examples")
REGENERATE = "python -m tools.reference_docs --out docs/reference"


def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--examples", str(REPO / "examples")]) == 0
    written = {path.name: path.read_text(encoding="utf-8") for path in tmp_path.iterdir()}
    committed = {path.name: path.read_text(encoding="utf-8") for path in COMMITTED.glob("*.md")}
    assert sorted(written) == sorted(committed), f"regenerate with: {REGENERATE}"
    for name, text in written.items():
        assert text == committed[name], (
            f"docs/reference/{name} is stale; regenerate with: {REGENERATE}"
        )


def test_check_mode_notices_a_stale_page(tmp_path: Path) -> None:
    main(["--out", str(tmp_path)])
    assert main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "1.0.md").write_text("# old\n", encoding="utf-8")
    (tmp_path / "0.9.md").write_text("# gone\n", encoding="utf-8")
    assert stale_pages(tmp_path, render_all()) == ["1.0.md", "0.9.md"]
    assert main(["--out", str(tmp_path), "--check"]) == 1


def test_there_is_a_page_per_version_and_an_index() -> None:
    assert sorted(PAGES) == sorted(["README.md", *(f"{v}.md" for v in supported_versions())])
    for version in supported_versions():
        assert f"[{version}.md]({version}.md)" in PAGES["README.md"]


@pytest.mark.parametrize("version", supported_versions())
def test_every_finding_code_appears_in_each_page(version: str) -> None:
    page = PAGES[f"{version}.md"]
    missing = [code for code in entries() if f"| `{code}` |" not in page]
    assert missing == []


@pytest.mark.parametrize("version", supported_versions())
def test_every_field_of_every_structure_appears(version: str) -> None:
    page = PAGES[f"{version}.md"]
    schema = load_schema(version)
    for name, node in schema["$defs"].items():
        if node.get("type") == "object" and "properties" in node:
            section = page.split(f"\n### {name}\n", 1)[1].split("\n### ", 1)[0]
            for field in node["properties"]:
                assert f"| `{field}` |" in section, (name, field)


@pytest.mark.parametrize("version", supported_versions())
def test_codes_of_each_codelist_appear_from_their_version(version: str) -> None:
    page = PAGES[f"{version}.md"]
    for listed in all_codelists():
        for item in listed.entries:
            shown = f"| `{item['code']}` | {item['label']}" in page
            assert shown == (
                tuple(map(int, item["since"].split("."))) <= tuple(map(int, version.split(".")))
            ), item


def test_1_1_marks_its_new_fields_and_uses_examples() -> None:
    page = PAGES["1.1.md"]
    assert "| `event_number` | [EventNumber](#eventnumber) | no | **New.**" in page
    assert "| `health` | [AreaJudgement](#areajudgement) | no | **New.**" in page
    assert '`"10185961"`' in page
    assert "**New.**" not in PAGES["1.0.md"]


def test_a_codelist_without_codes_for_a_version_gets_no_table() -> None:
    for version in ("1.0", "1.1"):
        page = PAGES[f"{version}.md"]
        assert "\n### sector\n" not in page
        assert "left out: `sector`." in page
    assert "\n### sector\n" in PAGES["1.2.md"]
    assert "| `private` | Private |" in PAGES["1.2.md"]
    assert "left out" not in PAGES["1.2.md"]


def test_1_2_marks_its_new_fields_and_shows_the_areas_kept_on_the_scale() -> None:
    page = PAGES["1.2.md"]
    assert "| `home_facts` | [HomeFacts](#homefacts) | no | **New.**" in page
    assert "| `sector` | [Code](#code) | no | **New.**" in page
    assert "### MonitoringJudgements\n\n**New in this version.**" in page
    scale = ", ".join(f"`{grade}`" for grade in grades())
    assert f"</a>AreaJudgement | one of {scale} | A grade" in page
    assert (
        f'| <a id="secureareajudgement"></a>SecureAreaJudgement | one of {scale}, `not_judged` '
        "| **New.** " in page
    )
    assert "| `helped_and_protected` | [AreaJudgement](#areajudgement) | yes |" in page
    assert "| `health` | [SecureAreaJudgement](#secureareajudgement) | no |" in page
