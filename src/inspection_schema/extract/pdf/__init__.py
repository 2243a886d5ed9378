"""Read a PDF's pages as text laid out like the report text files.

The stages, one module each: ``content`` interprets each page's content stream with the
fonts of ``fonts`` (``glyphs``, ``cmap`` and ``metrics`` give their text and widths) into
measured pieces of text; ``lines`` joins them into lines by the measured gaps;
``furniture`` drops running headers and footers; ``structure`` reads a tagged PDF's
structure tree; ``units`` groups lines into paragraphs and table rows (by the tree or by
geometry), ``spacing`` learns the document's own line pitch and measure, ``assemble``
decides what carries over page breaks and ``writer`` writes each page's text.
``document`` ties them together. pypdf is imported only when a PDF is read, and only its
public API is used.
"""

from inspection_schema.extract.pdf.document import PdfPages, read_pdf_pages

__all__ = ["PdfPages", "read_pdf_pages"]
