"""Read a PDF's pages as text laid out like the report text files.

The stages, one module each: ``opening`` opens the file with pypdf (decryption, damaged
streams); ``tokens`` splits each page's decoded content stream into operations, which
``content`` interprets, with the fonts of ``fonts`` (``glyphs``, ``cmap`` and ``metrics``
give their text and widths), into measured pieces of text (``pieces``) and the vertical
rules drawn (``rules``); ``lines`` joins pieces into lines by the measured gaps;
``furniture`` drops running headers and footers; ``structure`` reads a tagged PDF's
structure tree; ``units`` groups lines into paragraphs and table rows (by the tree or by
geometry), ``spacing`` learns the document's own line pitch, measure and line ends,
``assemble`` decides what carries over page breaks and ``writer`` writes each page's
text. ``document`` ties them together. pypdf is imported only when a PDF is read, and
only its public API is used.
"""

from inspection_schema.extract.pdf.document import PdfPages, read_pdf_pages

__all__ = ["PdfPages", "read_pdf_pages"]
