"""Annex 1 read from a PDF's text layer: PDFium's lines and tables handed to `read_blocks`.

Municipalities send the form exported from Word or LibreOffice. Its text layer is read with
PDFium (pypdfium2) through `parsers.pdf_layout` — about 10–17 ms for a 2-page form, where
pdfplumber's table extraction takes 60–270 ms, and seconds on some files — and turned by
`parsers.pdf_blocks` into the same paragraphs and tables a .docx gives, so one reader
(`parsers.layout.read_blocks`) assigns labels to values for both formats.

A file that cannot be read gives a problem instead: no text layer (a scan), password, damage,
too large; a file of more pages than `MAX_PAGES` is read up to the limit and says so
(`too_many_pages`, a warning). PDFium is called under `PDFIUM_LOCK`: it is not thread-safe.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.layout import RawForm, read_blocks
from parsers.pdf_blocks import page_blocks
from parsers.pdf_layout import PageLayout, page_layout
from parsers.pdfium_guard import MAX_PDF_BYTES, PDFIUM_LOCK
from parsers.rules import FormProblem, file_problem

__all__ = ["MAX_PAGES", "MAX_PDF_BYTES", "PdfForm", "read_pdf"]

log = logging.getLogger("intake.parsers.pdf")

MAX_PAGES = 20  # the form is 2–3 pages; a longer file is read this far


@dataclass(frozen=True)
class PdfForm:
    """The labelled text of a PDF, or why there is none; `problems` are about the file."""

    raw: RawForm | None
    problems: tuple[FormProblem, ...] = ()
    pages: int = 0


def read_pdf(data: bytes, filename: str) -> PdfForm:
    """Annex 1's raw fields from PDF bytes; problems instead of exceptions for unreadable files."""
    if len(data) > MAX_PDF_BYTES:
        return _refused("too_large", filename, f"the file is {len(data)} bytes")
    if b"%%EOF" not in data[-4096:]:
        return _refused("corrupt_file", filename, "the PDF is incomplete (no %%EOF at its end)")
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            if err.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                return _refused("encrypted_file", filename, "the PDF is password-protected")
            return _refused("corrupt_file", filename, f"PDFium cannot open it ({err})")
        try:
            pages = len(document)
            layouts, damaged = _layouts(document, min(pages, MAX_PAGES))
        finally:
            document.close()
    if pages == 0 or (damaged and not any(layout.glyphs for layout in layouts)):
        return _refused("corrupt_file", filename, f"{pages} pages, damaged: {damaged}")
    if not any(layout.glyphs for layout in layouts):
        if not any(layout.pictures for layout in layouts):
            return _refused("not_a_form", filename, "the PDF has neither text nor pictures")
        log.info("%s: no_text_layer (%d pages)", filename, pages)
        return PdfForm(None, (_problem("no_text_layer", filename),), pages)
    problems: list[FormProblem] = []
    if pages > MAX_PAGES:
        problems.append(_problem("too_many_pages", filename, pages=pages, limit=MAX_PAGES))
    if damaged:  # what could be read is read; the file still has to be sent again
        problems.append(_problem("corrupt_file", filename, f"pages {damaged} are damaged"))
    return PdfForm(read_blocks(page_blocks(layouts)), tuple(problems), pages)


def _layouts(document: pdfium.PdfDocument, pages: int) -> tuple[list[PageLayout], list[int]]:
    """The pages' layouts, and the numbers of those PDFium could not load."""
    layouts: list[PageLayout] = []
    damaged: list[int] = []
    for index in range(pages):
        try:
            layouts.append(page_layout(document, index))
        except pdfium.PdfiumError:
            damaged.append(index + 1)
    return layouts, damaged


def _refused(code: str, filename: str, detail: str) -> PdfForm:
    log.info("%s: %s (%s)", filename, code, detail)
    return PdfForm(None, (_problem(code, filename, detail),))


def _problem(code: str, filename: str, detail: str = "", **params: int) -> FormProblem:
    """A problem with the PDF as a whole, in the PDF's own wording where it has one."""
    return file_problem(code, filename, detail, variant="pdf", **params)
