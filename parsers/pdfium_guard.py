"""What every use of PDFium shares: one process-wide lock, and the largest PDF handed to it.

PDFium is not thread-safe (pypdfium2 says so: no two threads may call into it at once, even on
different documents), and three modules call it: `parsers.pdf_form` for the form's text layer,
`parsers.pades` for the signers of a signed PDF and `parsers.text` for the text that tells the
form among attachments. Each takes `PDFIUM_LOCK` around opening, reading and closing a
document, so a PDF read on one thread never meets another's call.
"""

from __future__ import annotations

import threading

from parsers.safezip import MAX_FILE_BYTES

__all__ = ["MAX_PDF_BYTES", "PDFIUM_LOCK"]

MAX_PDF_BYTES = MAX_FILE_BYTES  # the same bound as a zip's
# Reentrant, so a caller already holding it (reading a document it opened) may take it again.
PDFIUM_LOCK = threading.RLock()
