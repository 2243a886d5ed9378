"""Make the workbook fixtures saved by LibreOffice Calc (``tests/tables/data/calc-saved.*``).

    python -m tools.calc_fixture                     # writes the fixture in the checkout
    python -m tools.calc_fixture --out other.xlsx

The two real reports in ``examples/reports/`` are extracted and written as one workbook,
with two faults a team might make by hand: a typo in one grade (2515609's judgement on how
well children are helped and protected) and a due date before its inspection began
(1252023's third requirement). LibreOffice Calc then opens the workbook and saves it again
(``soffice --headless --convert-to xlsx``), so the fixture is a workbook as Calc writes it,
not as XlsxWriter does; Calc also saves it as OpenDocument (``calc-saved.ods`` beside it).
``validate-report`` on either gives exactly those two findings. Needs
LibreOffice (``soffice``) on the path; a maintainer's tool, not installed with the package.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inspection_schema.extract.api import extract_instance
from inspection_schema.tables.output import TablesOutput

CHECKOUT = Path(__file__).resolve().parents[1]
REPORTS = CHECKOUT / "examples" / "reports"
FIXTURE = CHECKOUT / "tests" / "tables" / "data" / "calc-saved.xlsx"
GRADE_TYPO = "requires_improvment_to_be_good"
"""2515609's grade for helped and protected, mistyped."""
EARLY_DUE_DATE = "2023-01-20"
"""1252023's third requirement, due before its inspection began on 2023-01-31."""


def faulty_reports() -> list[dict[str, Any]]:
    """The two real reports, extracted, with the two faults."""
    documents = [extract_instance(path) for path in sorted(REPORTS.glob("*.txt"))]
    for document in documents:
        if document["urn"] == "2515609":
            document["judgements"]["helped_and_protected"] = GRADE_TYPO
        if document["urn"] == "1252023":
            document["requirements"][2]["due_date"] = EARLY_DUE_DATE
    return documents


def save_with_calc(workbook: Path, out: Path) -> None:
    """Open ``workbook`` in LibreOffice Calc, headless, and save it at ``out`` (XLSX or ODS,
    by its suffix)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("calc_fixture: LibreOffice (soffice) is not on the path")
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile"
        saved = Path(folder) / "saved"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "ods" if out.suffix == ".ods" else "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(saved),
                str(workbook),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(saved / workbook.with_suffix(out.suffix).name, out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.calc_fixture", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--out", type=Path, default=FIXTURE, help="where to write the workbook")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "reports.xlsx"
        with TablesOutput(written, "xlsx") as output:
            for document in faulty_reports():
                output.add(document)
        save_with_calc(written, args.out)
        save_with_calc(written, args.out.with_suffix(".ods"))
    print(f"wrote {args.out} and {args.out.with_suffix('.ods')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
