"""Validation: every finding for a document, and the verdict on it.

- :mod:`.checker`: the per-document check (:func:`validate`, :func:`check_document`);
- :mod:`.results`: :class:`DocumentResult`, what checking one document gives;
- :mod:`.findings`: :class:`Finding`, the one shape of every problem found;
- :mod:`.schema_engines`: JSON Schema by two engines that agree (fast and reference);
- :mod:`.schema_findings`: schema violations turned into findings in words;
- :mod:`.did_you_mean`: the code suggested for Ofsted's wording in place of a code;
- :mod:`.inputs`: JSON files, JSON Lines, standard input and directories;
- :mod:`.reporters`: the text and JSON reports.

Import from the modules (``from inspection_schema.validate.checker import validate``), or
use :mod:`inspection_schema.api`. This package imports nothing itself: the rules read
:mod:`.findings`, and :mod:`.checker` runs the rules.
"""
