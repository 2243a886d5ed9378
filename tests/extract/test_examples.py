"""Extracting the two real reports gives exactly their hand-checked instances.

The instances in ``examples/`` declare 1.0, so those comparisons pin the extractor to 1.0;
the 1.2 twins in ``examples/1.2/`` are compared with extraction as 1.2."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from inspection_schema import __version__
from inspection_schema.extract import extract_path, extract_pdf_bytes, extract_text
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.spec.resources import load_json
from inspection_schema.testing import rendering
from tests.support import REPORTS, TWINS_DIR, load_example

NAMES = ("2515609-full-2021-10-12", "1252023-full-2023-01-31")


def _validator() -> Draft202012Validator:
    return Draft202012Validator(
        load_json("1.0/report.schema.json"), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _without_provenance(instance: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in instance.items() if key != "provenance"}


@pytest.mark.parametrize("name", NAMES)
def test_text_gives_the_example(name: str, load_report: Any) -> None:
    instance = unstructure(extract_text(load_report(name), schema_version="1.0"))
    assert _without_provenance(instance) == load_example(name)
    assert not list(_validator().iter_errors(instance))


@pytest.mark.parametrize("name", NAMES)
def test_path_records_provenance(name: str) -> None:
    path = REPORTS / f"{name}.txt"
    instance = unstructure(extract_path(path))
    provenance = instance["provenance"]
    assert provenance == {
        "source_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "source_name": path.name,
        "extractor": f"inspection-schema {__version__}",
    }


def _rendered_pdf(report: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    rendering.render_pdf(report, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name", NAMES)
def test_rendered_pdf_gives_the_example(name: str) -> None:
    expected = load_example(name)
    data = _rendered_pdf(structure(expected))
    instance = unstructure(extract_pdf_bytes(data, source_name=f"{name}.pdf", schema_version="1.0"))
    assert _without_provenance(instance) == expected
    assert not list(_validator().iter_errors(instance))
    pages = instance["provenance"]["section_pages"]
    assert pages["urn"] == 1
    assert pages["inspection_dates"] == 1
    assert pages["inspectors"] >= pages["requirements"] >= pages["area_narratives"]
    assert set(pages) <= set(expected) | {"urn"}


@pytest.mark.parametrize("name", NAMES)
def test_rendered_text_gives_the_example(name: str) -> None:
    expected = load_example(name)
    text = rendering.render_text(structure(expected))
    assert _without_provenance(unstructure(extract_text(text, schema_version="1.0"))) == expected


# The 1.2 twins: the same reports with the home facts their text states

FROM_OFSTEDS_DATA = ("event_number", "publication_date", "sector")
"""Fields of a twin that Ofsted's data gives, not the report's text."""


def _twin_from_text(name: str) -> dict[str, Any]:
    twin = load_example(TWINS_DIR / f"{name}.json")
    for key in FROM_OFSTEDS_DATA:
        del twin[key]
    return twin


@pytest.mark.parametrize("name", NAMES)
def test_text_as_1_2_gives_the_twin_apart_from_ofsteds_data(name: str, load_report: Any) -> None:
    instance = unstructure(extract_text(load_report(name), schema_version="1.2"))
    assert _without_provenance(instance) == _twin_from_text(name)


@pytest.mark.parametrize("name", NAMES)
def test_a_rendered_twin_gives_the_twin_apart_from_ofsteds_data(name: str) -> None:
    report = structure(load_example(TWINS_DIR / f"{name}.json"))
    text = rendering.render_text(report)
    from_text = unstructure(extract_text(text, schema_version="1.2"))
    assert _without_provenance(from_text) == _twin_from_text(name)
    from_pdf = unstructure(extract_pdf_bytes(_rendered_pdf(report), schema_version="1.2"))
    assert _without_provenance(from_pdf) == _twin_from_text(name)
