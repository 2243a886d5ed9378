"""``python -m inspection_schema <command> [arguments]``: every command, without the scripts.

The same commands as the installed scripts (``validate-report``, ``extract-report``,
``flatten-report``, ``inspection-conformance``), for environments where the scripts are
not on ``PATH``. Only the chosen command's module is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

COMMANDS = {
    "validate-report": "inspection_schema.cli.validate",
    "extract-report": "inspection_schema.cli.extract",
    "flatten-report": "inspection_schema.cli.flatten",
    "inspection-conformance": "inspection_schema.cli.conformance",
}
"""Each command, by the name of its script, and the module whose ``main`` runs it."""

_USAGE = f"""\
usage: python -m inspection_schema {{{",".join(COMMANDS)}}} [arguments]

commands:
  validate-report         check report documents against the schema and the rules
  extract-report          extract canonical instances from report PDFs and texts
  flatten-report          write instances as linked tables (a workbook or CSV files)
  inspection-conformance  run the conformance suite against an implementation

'python -m inspection_schema COMMAND --help' describes a command's arguments.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named first in ``argv``; return its exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or arguments[0] in {"-h", "--help"}:
        print(_USAGE, end="", file=sys.stdout if arguments else sys.stderr)
        return 0 if arguments else 2
    if arguments[0] == "--version":
        from inspection_schema import __version__

        print(f"inspection-schema {__version__}")
        return 0
    module = COMMANDS.get(arguments[0])
    if module is None:
        choices = ", ".join(COMMANDS)
        print(
            f"python -m inspection_schema: error: unknown command {arguments[0]!r} "
            f"(choose from {choices})",
            file=sys.stderr,
        )
        return 2
    command: Callable[[Sequence[str]], int] = import_module(module).main
    return command(arguments[1:])


if __name__ == "__main__":
    sys.exit(main())
