"""The altChunk parts of a .docx, found through the main part's relationships and decoded.

A `<w:altChunk r:id="…"/>` in the body asks Word to import another part in its place: HTML,
an MHT web archive (html-docx-js writes the whole form as `word/afchunk.mht`), plain text, RTF
or another .docx. The main part then holds no text, so the reader must follow the
relationship as Word does. This module reads the parts within limits (`MAX_CHUNK_PART_BYTES`
each, `MAX_HTML_CHARS` of text in all, else `too_large`), takes the HTML out of an MHT with the
stdlib `email` package (its charset, quoted-printable or base64 respected) and decodes HTML and
text by their BOM, declared charset or UTF-8; `parsers.html_blocks` turns the text into blocks.
RTF and .docx chunks are not read. External targets are never fetched.
"""

from __future__ import annotations

import email
import posixpath
import re
import zipfile
from dataclasses import dataclass
from email.message import Message
from typing import Literal

from parsers import safezip
from parsers.html_blocks import MAX_HTML_CHARS
from parsers.safe_xml import safe_xml_root

__all__ = ["MAX_CHUNK_PART_BYTES", "Chunk", "chunk_parts", "decoded_chunk", "refers"]

# An MHT carries its pictures base64-encoded beside the HTML, hence more than the text's bound.
MAX_CHUNK_PART_BYTES = 10 * 1024 * 1024
MAX_DOCUMENT_RELATIONSHIPS_BYTES = 1024 * 1024  # hyperlinks and pictures are listed there too
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MARKERS = (b"altChunk", "altChunk".encode("utf-16-le"), "altChunk".encode("utf-16-be"))
_MIME_HEADER = re.compile(rb"(?i)\A\s*(?:mime-version|content-type)\s*:")
_HTML_START = re.compile(rb"(?i)<(?:!doctype\s+html|html|head|body|table|p|div|meta)[\s>/]")
_META_CHARSET = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class Chunk:
    kind: Literal["html", "text"]
    text: str
    part: str  # "word/afchunk.mht"


def refers(xml: bytes) -> bool:
    """Whether a main part may hold altChunks (a byte search, before any parsing)."""
    return any(marker in xml for marker in _MARKERS)


def chunk_parts(archive: zipfile.ZipFile, main: str) -> dict[str, Chunk] | safezip.Refusal:
    """Relationship id → decoded chunk for the main part `main`; `too_large` past the limits.
    Missing, external, encrypted and unreadable (RTF, .docx) targets are left out."""
    rels = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    info = archive.NameToInfo.get(rels)
    if info is None:
        return {}
    if info.file_size > MAX_DOCUMENT_RELATIONSHIPS_BYTES:
        return "too_large", f"the document relationships part unpacks to {info.file_size} bytes"
    root = safe_xml_root(
        safezip.read_member(archive, info, MAX_DOCUMENT_RELATIONSHIPS_BYTES),
        "the document relationships part",
    )
    chunks: dict[str, Chunk] = {}
    by_part: dict[str, Chunk | None] = {}
    characters = 0
    for relation in root.iter(f"{{{_RELS}}}Relationship"):
        if not relation.get("Type", "").endswith("/aFChunk") or relation.get("TargetMode"):
            continue
        name = _part_name(main, relation.get("Target") or "")
        member = archive.NameToInfo.get(name)
        if member is None or member.flag_bits & 0x1:
            continue
        if name not in by_part:
            if member.file_size > MAX_CHUNK_PART_BYTES:
                return "too_large", f"the altChunk part {name} unpacks to {member.file_size} bytes"
            chunk = decoded_chunk(safezip.read_member(archive, member, MAX_CHUNK_PART_BYTES), name)
            characters += len(chunk.text) if chunk else 0
            if characters > MAX_HTML_CHARS:
                return "too_large", f"the altChunk parts hold over {MAX_HTML_CHARS} characters"
            by_part[name] = chunk
        found = by_part[name]
        if found is not None:
            chunks[relation.get("Id", "")] = found
    return chunks


def _part_name(main: str, target: str) -> str:
    """A relationship's target as a zip member name: absolute, or relative to the main part."""
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(main), target)).lstrip("/")


def decoded_chunk(raw: bytes, part: str) -> Chunk | None:
    """The text of a chunk part, told by its content (then its name); None for RTF, a .docx or
    XML that is not HTML, which are not read."""
    head = raw[:2048]
    name = part.lower()
    if head.startswith((b"{\\rtf", b"PK")):
        return None
    if _MIME_HEADER.match(head) or name.endswith((".mht", ".mhtml", ".eml")):
        return _from_mime(raw, part)
    if _HTML_START.search(head) or name.endswith((".htm", ".html", ".xhtml")):
        return Chunk("html", _decoded(raw, None, html=True), part)
    if head.lstrip().startswith(b"<?xml"):
        return None  # flat WordprocessingML and other XML
    return Chunk("text", _decoded(raw, None, html=False), part)


def _from_mime(raw: bytes, part: str) -> Chunk | None:
    """The HTML (else the plain text) of an MHT web archive."""
    try:
        message = email.message_from_bytes(raw)
        found = _first(message, "text/html") or _first(message, "text/plain")
        payload = found.get_payload(decode=True) if found is not None else None
    except (RecursionError, ValueError, LookupError):  # a hostile nesting, a broken header
        return None
    if found is None or not isinstance(payload, bytes):
        return None
    html = found.get_content_type() == "text/html"
    text = _decoded(payload, found.get_content_charset(), html=html)
    return Chunk("html" if html else "text", text, part)


def _first(message: Message, content_type: str) -> Message | None:
    return next((part for part in message.walk() if part.get_content_type() == content_type), None)


def _decoded(raw: bytes, charset: str | None, *, html: bool) -> str:
    """By the BOM, the declared charset (MIME, then `<meta>`), UTF-8; Windows-1257 (Baltic) last."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    meta = _META_CHARSET.search(raw[:4096]) if html else None
    for declared in (charset, meta.group(1).decode("ascii") if meta else None, "utf-8"):
        if not declared:
            continue
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):  # an unknown or wrong charset
            continue
    return raw.decode("windows-1257", errors="replace")
