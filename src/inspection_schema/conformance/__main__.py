"""``python -m inspection_schema.conformance``: the command's entry point."""

import sys

from inspection_schema.cli.conformance import main

sys.exit(main())
