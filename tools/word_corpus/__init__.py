"""Build a corpus of Word-like report PDFs for the extractor's tests.

Reports (the two real ones from their published text, and reports drawn from the
Hypothesis strategies and stored as JSON) are laid out with the renderer's own layout
elements, written as .docx files with python-docx in several layouts that differ as real
authors' documents do (:mod:`tools.word_corpus.layouts`), and converted to PDF by
LibreOffice headless, tagged and untagged. The result, with a manifest, is committed in
``tests/data/word-corpus/``; the tests read the committed files and need neither
python-docx nor LibreOffice. Rebuild with ``python -m tools.word_corpus``.
"""
