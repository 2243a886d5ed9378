"""The bundled examples: the two real reports as 1.0 instances, and their 1.2 twins.

Each 1.0 example is valid under every schema version, with no findings; each twin is the
same report as a 1.2 instance, with the event number and publication date of Ofsted's
provider-level inspection data (events 10185961, published 22/11/2021, and 10260790,
published 09/03/2023; sector Private for both) and the facts its 'Information about this
children's home' states.
"""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.spec.versions import supported_versions
from inspection_schema.validate.checker import validate
from tests.support import EXAMPLE_NAMES, TWINS_DIR, load_example

ENGINES = ("fast", "reference")
FROM_OFSTEDS_DATA = {
    "2515609-full-2021-10-12": {
        "event_number": "10185961",
        "publication_date": "2021-11-22",
        "sector": "private",
    },
    "1252023-full-2023-01-31": {
        "event_number": "10260790",
        "publication_date": "2023-03-09",
        "sector": "private",
    },
}


def _twin(name: str) -> dict[str, Any]:
    return load_example(TWINS_DIR / f"{name}.json")


def test_there_is_a_twin_for_each_example() -> None:
    assert sorted(path.stem for path in TWINS_DIR.glob("*.json")) == sorted(EXAMPLE_NAMES)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_both_examples_have_no_findings_under_1_0_1_1_and_1_2(
    name: str, version: str, engine: str
) -> None:
    assert version in supported_versions()
    assert validate(load_example(name), version, engine) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_each_twin_has_no_findings_under_1_2(name: str, engine: str) -> None:
    twin = _twin(name)
    assert twin["schema_version"] == "1.2"
    assert validate(twin, engine=engine) == []  # type: ignore[arg-type]
    pinned = validate(twin, "1.1", engine)  # type: ignore[arg-type]
    assert [(f.code, f.path) for f in pinned] == [
        ("schema-additional-property", "/home_facts"),
        ("schema-enum", "/schema_version"),
        ("schema-additional-property", "/sector"),
    ], "1.1 has neither home facts nor sector, and does not accept the declaration '1.2'"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_a_twin_is_its_example_with_what_1_2_and_ofsteds_data_add(name: str) -> None:
    twin = _twin(name)
    example = load_example(name)
    added = {key: value for key, value in twin.items() if key not in example}
    assert set(added) == {"event_number", "publication_date", "sector", "home_facts"}
    assert {key: added[key] for key in FROM_OFSTEDS_DATA[name]} == FROM_OFSTEDS_DATA[name]
    assert {**example, "schema_version": "1.2"} == {
        key: value for key, value in twin.items() if key not in added
    }
