"""MIME parameter values, file names and header values, as two decades of mail clients wrote them.

RFC 2231 (`filename*=utf-8''…`, numbered continuations, any charset), RFC 2047 words inside
quotes, Windows paths with bare backslashes: all become one clean NFC file name, and a file
type is guessed from the name or named from the content type.

Header values end up in database columns and in our replies, so each is made safe here: no
control characters (PostgreSQL refuses NUL in text), no lone surrogates (not encodable as UTF-8),
and a bounded length, with a stated fallback when a value is too long to be meaningful.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
import urllib.parse
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime

from intake.subject import decode_bytes, decode_header_text

_MAX_FILENAME = 200
MAX_MESSAGE_ID = 900  # longer IDs are replaced by a digest (columns hold 998 characters)
MAX_ADDRESS = 320  # RFC 3696: 64 + 1 + 255
MAX_NAME = 500
MAX_CONTENT_TYPE = 200
MAX_HEADER = 998  # RFC 5322's line limit: no real header value is longer
OCTET_STREAM = "application/octet-stream"
_UNSAFE = frozenset(("Cc", "Cs"))
_MSG_ID = re.compile(r"<[^<>\s]+>")
_LINE_BREAK = re.compile(r"\r?\n")
_TOKEN_TYPE = re.compile(r"[a-z0-9!#$%&'*+.^_`|~-]+/[a-z0-9!#$%&'*+.^_`|~-]+")
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


def part_filename(disposition: str, content_type: str) -> str:
    """Decoded, cleaned file name from raw Content-Disposition or Content-Type values, or ""."""
    name = param(disposition, "filename") or param(content_type, "name")
    return clean_filename(decode_header_text(name)) if name else ""


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


def safe_text(value: str, limit: int | None = MAX_HEADER) -> str:
    """`value` without control characters (NUL included) or lone surrogates, cut to `limit`."""
    return _without_controls(value)[:limit]


def _without_controls(value: str) -> str:
    if value.isascii() and value.isprintable():
        return value
    return "".join(ch for ch in value if unicodedata.category(ch) not in _UNSAFE)


def safe_message_id(value: str | None) -> str | None:
    """A storable Message-ID: controls removed; one longer than `MAX_MESSAGE_ID` becomes
    `<sha256-hex@long-message-id.invalid>`, the same for the same ID on every delivery."""
    if value is None:
        return None
    cleaned = "".join(_without_controls(value).split())
    if not cleaned:
        return None
    if len(cleaned) <= MAX_MESSAGE_ID:
        return cleaned
    digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
    return f"<{digest}@long-message-id.invalid>"


def safe_address(value: str) -> str:
    """A lower-case addr-spec we can answer; "" without "@" or longer than `MAX_ADDRESS`."""
    address = "".join(_without_controls(value).split()).lower()
    if "@" not in address.strip("@") or len(address) > MAX_ADDRESS:
        return ""
    return address


def local_part(value: str) -> str:
    """The part of an address before its last "@" ("MAILER-DAEMON" alone stays itself)."""
    address = "".join(_without_controls(value).split()).lower()
    return (address.rpartition("@")[0] if "@" in address else address)[:MAX_ADDRESS]


def safe_content_type(value: str) -> str:
    """A `type/subtype` token fit to store; anything else is `application/octet-stream`."""
    cleaned = _without_controls(value).strip().lower()
    if len(cleaned) > MAX_CONTENT_TYPE or not _TOKEN_TYPE.fullmatch(cleaned):
        return OCTET_STREAM
    return cleaned


def message_id_of(value: str | None) -> str | None:
    """The first `<id>` of a Message-ID or In-Reply-To value (brackets added if missing), safe."""
    if not value or not value.strip():
        return None
    found = _MSG_ID.search(value)
    if found:
        return safe_message_id(found.group(0))
    bare = "".join(value.split()).strip("<>")
    return safe_message_id(f"<{bare}>") if bare else None


def message_ids(value: str | None) -> tuple[str, ...]:
    """Every `<id>` of a References value, each made safe."""
    found = (safe_message_id(token) for token in _MSG_ID.findall(value or ""))
    return tuple(token for token in found if token)


def mailboxes(values: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-cased addr-spec as written) pairs; names are decoded after splitting."""
    texts = [_LINE_BREAK.sub(" ", decode_bytes(_raw_bytes(value))) for value in values]
    found = [
        (decode_header_text(name), address.strip().lower())
        for name, address in getaddresses(texts)
        if address.strip() and not address.startswith("=?")
    ]
    if found or not values:
        return found
    # Some senders encode the whole "Name <address>" as one RFC 2047 word; decode, then split.
    decoded = [decode_header_text(value) for value in values]
    return [
        (name, address.strip().lower()) for name, address in getaddresses(decoded) if "@" in address
    ]


def return_path_of(value: str | None) -> str | None:
    """The Return-Path address, lower case; "" for the empty path `<>`, None when absent."""
    if value is None:
        return None
    return safe_text("".join(value.split()).strip("<>"), MAX_ADDRESS).lower()


def _raw_bytes(value: str) -> bytes:
    """A header value parsed from bytes: its surrogate escapes back to the bytes they were."""
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates that never were bytes
        return value.encode("utf-8", "replace")


def header_date(value: str | None, label: str, defects: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except Exception:
        defects.append(f"{label} header has an unreadable date: {value[:80]!r}")
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def received_latest(values: list[str], defects: list[str]) -> datetime | None:
    """Date of the topmost Received header (the last hop: our own server's receipt)."""
    for value in values:
        text = decode_header_text(value)
        if ";" in text:
            return header_date(text.rsplit(";", 1)[1].strip(), "Received", defects)
    return None


def is_image(filename: str, content_type: str) -> bool:
    """True if the content type, or the type the file name suggests, is an image."""
    return "image/" in (content_type + " " + content_type_of(filename))
