"""Page layout without a renderer: glyph metrics, line wrapping, page flow.

Kept free of imports from the DOCX reader at package level, because the reader imports
:mod:`cipcheck.readers.layout.docx_geometry` to fill the facts the estimator needs.
"""
