"""Test support for downstream projects: Hypothesis strategies and a report renderer.

An optional part of the package: install it with ``pip install 'inspection-schema[testing]'``
(it needs hypothesis and, to render PDFs, reportlab). Nothing outside this package imports it.

- :mod:`.strategies`: valid, realistic reports of every kind and shipped schema version;
- :mod:`.rendering`: a report laid out as text and as an A4 PDF the way Ofsted lays it out.
"""
