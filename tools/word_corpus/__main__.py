"""Build the Word-like PDF corpus.

    python -m tools.word_corpus [--draw] [--layout NAME] [--source NAME]

Run from the repository root with the ``corpus`` extra installed (python-docx) and
LibreOffice on the path. Without options it rebuilds every .docx and PDF from the stored
sources and rewrites the manifest.
"""

from __future__ import annotations

import argparse
import sys

from tools.word_corpus.convert import ConversionError
from tools.word_corpus.layouts import BY_NAME
from tools.word_corpus.sources import draw_generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.word_corpus", description=__doc__)
    parser.add_argument(
        "--draw", action="store_true", help="draw the generated reports again and store them"
    )
    parser.add_argument(
        "--layout", action="append", choices=sorted(BY_NAME), help="build only this layout"
    )
    parser.add_argument(
        "--source", action="append", help="build only sources whose name starts with this"
    )
    options = parser.parse_args(argv)
    try:
        from tools.word_corpus.build import build, full_plan, write_manifest
    except ModuleNotFoundError as error:
        print(
            f"error: {error.name} is not installed; "
            "install the corpus extra: pip install -e '.[corpus]'",
            file=sys.stderr,
        )
        return 2
    if options.draw:
        for path in draw_generated():
            print(f"drew {path.name}")
    entries = full_plan()
    chosen = [
        entry
        for entry in entries
        if (not options.layout or entry.layout.name in options.layout)
        and (
            not options.source
            or any(entry.source.name.startswith(prefix) for prefix in options.source)
        )
    ]
    try:
        built = build(chosen)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    manifest = write_manifest(entries)
    print(f"built {len(built)} PDFs; the manifest lists {len(manifest['files'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
