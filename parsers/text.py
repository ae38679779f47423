"""Bounded plain text of an attached document, to recognise the Annex 1 form among attachments.

Attachments come from strangers, so reading them must be cheap and safe whatever they contain:
zip bombs, XML entity tricks (XXE, "billion laughs"), encrypted or truncated files. Every reader
caps what it decompresses and returns, rejects XML with a DOCTYPE, and turns any failure into "".
This module knows nothing of mail or the database; it takes bytes and a file name.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath
from xml.parsers import expat

import pypdfium2 as pdfium

from parsers.pdfium_guard import PDFIUM_LOCK

__all__ = ["asic_text", "document_text", "docx_text", "odt_text", "pdf_text"]

log = logging.getLogger("intake.parsers.text")

MAX_ZIP_MEMBERS = 2000
MAX_XML_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 10
MAX_SIGNED_FILES = 10
_CHUNK = 64 * 1024

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
# element → (is a text container, text inserted where it ends, text inserted where it starts)
_DOCX_ELEMENTS = {
    f"{_W} t": (True, "", ""),
    f"{_W} p": (False, "\n", ""),
    f"{_W} tab": (False, "", "\t"),
    f"{_W} br": (False, "", "\n"),
    f"{_W} cr": (False, "", "\n"),
}
_ODT_ELEMENTS = {
    f"{_TEXT} p": (True, "\n", ""),
    f"{_TEXT} h": (True, "\n", ""),
    f"{_TEXT} tab": (False, "", "\t"),
    f"{_TEXT} s": (False, "", " "),
    f"{_TEXT} line-break": (False, "", "\n"),
}


class _Stop(Exception):
    """Raised inside the XML handlers to end parsing early (enough text, or a DOCTYPE)."""


def document_text(data: bytes, filename: str, *, max_chars: int = 100_000) -> str:
    """Plain text of a .docx, .odt, .pdf or ASiC-E (.edoc/.asice/.bdoc) file; "" if unreadable."""
    reader = _READERS.get(PurePosixPath(filename.lower()).suffix) or _sniff(data)
    if reader is None:
        return ""
    try:
        return reader(data, max_chars)[:max_chars]
    except Exception as err:  # any malformed file: the caller only needs "no text"
        log.info("%s: no text (%s: %s)", filename, type(err).__name__, err)
        return ""


def docx_text(data: bytes, max_chars: int = 100_000) -> str:
    """Text of word/document.xml: paragraphs as lines, table cells and tabs as tab stops."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return _xml_member_text(archive, "word/document.xml", _DOCX_ELEMENTS, max_chars)


def odt_text(data: bytes, max_chars: int = 100_000) -> str:
    """Text of an OpenDocument text's content.xml."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return _xml_member_text(archive, "content.xml", _ODT_ELEMENTS, max_chars)


def pdf_text(data: bytes, max_chars: int = 100_000) -> str:
    """Text layer of the first pages; an encrypted or damaged PDF raises (document_text: "")."""
    with PDFIUM_LOCK:  # PDFium is not thread-safe: one lock for every caller
        document = pdfium.PdfDocument(data)
        try:
            pieces: list[str] = []
            length = 0
            for index in range(min(len(document), MAX_PDF_PAGES)):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    pieces.append(textpage.get_text_range())
                finally:
                    textpage.close()
                    page.close()
                length += len(pieces[-1])
                if length >= max_chars:
                    break
            return "\n".join(pieces)
        finally:
            document.close()


def asic_text(data: bytes, max_chars: int = 100_000) -> str:
    """Text of the documents signed in an ASiC-E container (Latvian .edoc); signatures skipped."""
    pieces: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        documents = [
            info
            for info in _members(archive)
            if PurePosixPath(info.filename.lower()).suffix in _INNER_READERS
            and not info.filename.upper().startswith("META-INF/")
        ]
        # A real container signs one to a few files; the cap bounds work on a hostile one.
        for info in documents[:MAX_SIGNED_FILES]:
            with archive.open(info) as member:
                content = member.read(MAX_XML_BYTES + 1)
            if len(content) <= MAX_XML_BYTES:
                pieces.append(document_text(content, info.filename, max_chars=max_chars).strip())
            if sum(map(len, pieces)) >= max_chars:
                break
    return "\n".join(piece for piece in pieces if piece)


def _members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ValueError(f"{len(members)} zip members, more than {MAX_ZIP_MEMBERS}")
    return members


def _xml_member_text(
    archive: zipfile.ZipFile,
    member: str,
    elements: dict[str, tuple[bool, str, str]],
    max_chars: int,
) -> str:
    _members(archive)
    collector = _TextCollector(elements, max_chars)
    with archive.open(member) as stream:
        read = 0
        while read < MAX_XML_BYTES and not collector.full:
            chunk = stream.read(min(_CHUNK, MAX_XML_BYTES - read))
            if not chunk:
                break
            read += len(chunk)
            collector.feed(chunk)
    return collector.text()


class _TextCollector:
    """Streams XML through expat, keeping character data of text elements; no entity expansion."""

    def __init__(self, elements: dict[str, tuple[bool, str, str]], max_chars: int) -> None:
        self.elements = elements
        self.max_chars = max_chars
        self.pieces: list[str] = []
        self.length = 0
        self.inside = 0
        self.full = False
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._reject
        self.parser.EntityDeclHandler = self._reject
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._characters

    def feed(self, chunk: bytes) -> None:
        try:
            self.parser.Parse(chunk, False)
        except _Stop:
            self.full = True

    def text(self) -> str:
        return "".join(self.pieces)

    def _reject(self, *_args: object) -> None:
        raise ValueError("XML with a DOCTYPE or entity declarations is not read")

    def _start(self, name: str, _attributes: dict[str, str]) -> None:
        container, _end, start = self.elements.get(name, (False, "", ""))
        if container:
            self.inside += 1
        self._add(start)

    def _end(self, name: str) -> None:
        container, end, _start = self.elements.get(name, (False, "", ""))
        if container:
            self.inside -= 1
        self._add(end)

    def _characters(self, data: str) -> None:
        if self.inside > 0:
            self._add(data)

    def _add(self, text: str) -> None:
        if text:
            self.pieces.append(text)
            self.length += len(text)
            if self.length >= self.max_chars:
                raise _Stop


def _sniff(data: bytes) -> Callable[[bytes, int], str] | None:
    """Reader for a file whose name does not say its format (e.g. "pielikums-1.bin")."""
    if data.startswith(b"%PDF-"):
        return pdf_text
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[:MAX_ZIP_MEMBERS])
            mimetype = b""
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    mimetype = member.read(100)
    except Exception:
        return None
    if "word/document.xml" in names:
        return docx_text
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return odt_text
    return asic_text if mimetype.startswith(b"application/vnd.etsi.asic") else None


_INNER_READERS: dict[str, Callable[[bytes, int], str]] = {
    ".docx": docx_text,
    ".pdf": pdf_text,
    ".odt": odt_text,
}
_READERS: dict[str, Callable[[bytes, int], str]] = {
    **_INNER_READERS,
    ".edoc": asic_text,
    ".asice": asic_text,
    ".bdoc": asic_text,
}
