"""Start-up: a command on one input imports only what that run uses.

Each run happens in a fresh interpreter, which then lists the modules it loaded. Times
are measured by ``benchmarks/startup.py``, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import EXAMPLES, REPORTS

_PROBE = """\
import contextlib, io, json, sys
from {module} import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main({argv!r})
print(json.dumps({{"status": status, "modules": sorted(sys.modules)}}))
"""


def loaded_modules(module: str, argv: list[str], status: int = 0) -> set[str]:
    """The modules a fresh interpreter holds after running one command in-process, which
    must end with ``status``."""
    probe = _PROBE.format(module=module, argv=argv)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["status"] == status, result.stderr
    return set(report["modules"])


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


NOT_FOR_VALIDATING_ONE_FILE = (
    "jsonschema",  # the reference engine (jsonschema_rs is the default)
    "referencing",
    "concurrent.futures",  # the process pool of --jobs
    "multiprocessing",
    "importlib.resources",
    "shutil",
    "tqdm",
    "pypdf",
    "attr",
    "attrs",
    "cattrs",
    "inspection_schema.extract",
    "inspection_schema.model",
    "inspection_schema.conformance",
    "inspection_schema.outcomes",  # only with --outcomes
    "inspection_schema.testing",
    "xlsxwriter",  # only for a spreadsheet
    "python_calamine",
    "inspection_schema.tables.readers",  # the spreadsheet and CSV readers
    "inspection_schema.tables.unflatten",
)
NOT_FOR_EXTRACTING_ONE_TEXT = (
    "jsonschema",
    "referencing",
    "concurrent.futures",
    "multiprocessing",
    "importlib.resources",
    "shutil",
    "tqdm",  # no progress bar for one input, nor without a terminal
    "pypdf",  # a text, not a PDF
    "inspection_schema.extract.pdf",  # the package's own PDF reading
    "inspection_schema.rules",
    "inspection_schema.validate.checker",
    "inspection_schema.conformance",
    "inspection_schema.outcomes",
    "inspection_schema.testing",
    "inspection_schema.tables",  # only with --format csv|xlsx
    "inspection_schema.cli.flatten",
    "xlsxwriter",
    "python_calamine",
    # how a finding is worded: only for an instance that breaks the schema (an extractor bug)
    "inspection_schema.validate.schema_findings",
    "inspection_schema.validate.did_you_mean",
    "inspection_schema.spec.finding_catalogue",
)
NOT_FOR_EXTRACT_HELP = (
    "inspection_schema.extract.api",  # the extractor itself
    "inspection_schema.extract.build",
    "inspection_schema.model",
    "attrs",
    "cattrs",
    "jsonschema_rs",
)


def test_validating_one_file_loads_nothing_it_does_not_use() -> None:
    modules = loaded_modules("inspection_schema.cli.validate", [str(EXAMPLES[0])])
    assert "jsonschema_rs" in modules  # the probe sees what the run used
    assert _loaded(modules, NOT_FOR_VALIDATING_ONE_FILE) == []


def test_extracting_one_text_loads_nothing_it_does_not_use() -> None:
    text = REPORTS / "2515609-full-2021-10-12.txt"
    modules = loaded_modules("inspection_schema.cli.extract", [str(text)])
    assert "inspection_schema.extract.build" in modules
    assert _loaded(modules, NOT_FOR_EXTRACTING_ONE_TEXT) == []


def test_extract_help_loads_no_extractor() -> None:
    modules = loaded_modules("inspection_schema.cli.extract", ["--help"])
    assert "inspection_schema.extract.input_file" in modules  # the default --max-size
    assert _loaded(modules, NOT_FOR_EXTRACT_HELP) == []


def test_an_unknown_schema_version_is_refused_before_the_extractor_loads() -> None:
    text = REPORTS / "2515609-full-2021-10-12.txt"
    argv = ["--schema-version", "0.9", str(text)]
    modules = loaded_modules("inspection_schema.cli.extract", argv, status=2)
    assert _loaded(modules, NOT_FOR_EXTRACT_HELP) == []


@pytest.mark.parametrize(
    ("prefix", "options"),
    [("concurrent.futures", ["--jobs", "2"]), ("jsonschema", ["--engine", "reference"])],
)
def test_the_probe_sees_a_module_a_run_loads(prefix: str, options: list[str]) -> None:
    modules = loaded_modules("inspection_schema.cli.validate", [str(EXAMPLES[0]), *options])
    assert _loaded(modules, (prefix,)) != []
