"""Maintainer's tools, run from a source checkout and not installed with the package.

- ``python -m tools.releases check|record``: the release record (``schemas/releases.json``);
- ``python -m tools.reference_docs --out docs/reference``: the reference documentation;
- ``python -m tools.word_corpus``: the Word-like PDF corpus of ``tests/data/word-corpus``.
"""
