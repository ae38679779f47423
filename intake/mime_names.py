"""MIME parameter values and attachment file names, as two decades of mail clients wrote them.

RFC 2231 (`filename*=utf-8''…`, numbered continuations, any charset), RFC 2047 words inside
quotes, Windows paths with bare backslashes: all become one clean NFC file name, and a file
type is guessed from the name or named from the content type.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
import urllib.parse

from intake.subject import decode_bytes

_MAX_FILENAME = 200
_PARAM = re.compile(r';\s*([^=\s;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)', re.DOTALL)
_CONTINUATION = re.compile(r"(.+)\*(\d+)(\*?)")
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.etsi.asic-e+zip": ".edoc",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
}
_CONTENT_TYPES = {extension: content_type for content_type, extension in _EXTENSIONS.items()}
# Built-in tables only: the system's mime.types differs from machine to machine.
_MIME_TYPES = mimetypes.MimeTypes()


def param(header: str, wanted: str) -> str | None:
    """Value of parameter `wanted`, joining RFC 2231 continuations and decoding their charset."""
    plain: str | None = None
    pieces: dict[int, tuple[str, bool]] = {}
    unfolded = re.sub(r"\r?\n[ \t]*", " ", header)
    for key, value in _PARAM.findall(";" + unfolded):  # ";" also finds a first bare parameter
        key = key.lower()
        value = _unquote(value.strip())
        if key == wanted:
            plain = value
        elif key == f"{wanted}*":
            pieces[0] = (value, True)
        elif (match := _CONTINUATION.fullmatch(key)) and match.group(1) == wanted:
            pieces.setdefault(int(match.group(2)), (value, bool(match.group(3))))
    return _join_rfc2231(pieces) if pieces else plain


def _unquote(value: str) -> str:
    if value.startswith('"'):
        value = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
        # Only \" and \\ are escapes: Windows clients send paths with bare backslashes.
        value = value.replace('\\"', '"').replace("\\\\", "\\")
    return value


def _join_rfc2231(pieces: dict[int, tuple[str, bool]]) -> str:
    charset: str | None = None
    data = b""
    for index in sorted(pieces):
        value, extended = pieces[index]
        if not extended:
            data += value.encode("utf-8", "surrogateescape")
            continue
        if index == min(pieces) and value.count("'") >= 2:
            charset, _language, value = value.split("'", 2)
        data += urllib.parse.unquote_to_bytes(value.encode("utf-8", "surrogateescape"))
    return decode_bytes(data, charset or None)


def clean_filename(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf")).strip()
    if name in ("", ".", ".."):
        return ""
    if len(name) > _MAX_FILENAME:
        stem, dot, extension = name.rpartition(".")
        keep = _MAX_FILENAME - len(extension) - 1
        name = f"{stem[:keep]}.{extension}" if dot and keep > 0 else name[:_MAX_FILENAME]
    return name


def content_type_of(filename: str) -> str:
    extension = "." + filename.rpartition(".")[2].lower()
    known = _CONTENT_TYPES.get(extension) or _MIME_TYPES.guess_type(filename)[0]
    return known or "application/octet-stream"


def extension_for(content_type: str) -> str:
    return _EXTENSIONS.get(content_type) or _MIME_TYPES.guess_extension(content_type) or ".bin"
