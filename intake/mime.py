"""Raw message bytes → `ParsedMessage`: decoded headers, body text and attachments.

Municipal mail arrives from every client Latvia has used in twenty years: RFC 2231 and RFC 2047 file
names, ISO-8859-13 and windows-1257 headers, raw 8-bit bytes, forwarded messages, bounces. The rest
of the service needs plain values, and one bad message must never stop a poll, so `parse_message`
never raises: what it cannot read becomes a defect string next to whatever it could read.

The message is parsed with the `compat32` policy and headers are decoded here from their raw form:
the modern policy's `iter_attachments()` yields multipart parts whose `get_content()` raises
KeyError (7 files of the shared MIME corpus), and its header classes raise on some delivery
reports; the raw form also keeps 8-bit header bytes, which the modern policy replaces.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from functools import cached_property

from intake.mime_names import (
    MAX_ADDRESS,
    MAX_HEADER,
    MAX_NAME,
    content_type_of,
    extension_for,
    header_date,
    is_image,
    local_part,
    mailboxes,
    message_id_of,
    message_ids,
    param,
    part_filename,
    received_latest,
    return_path_of,
    safe_address,
    safe_content_type,
    safe_text,
)
from intake.subject import decode_bytes, decode_header_text

__all__ = ["Attachment", "ParsedMessage", "parse_message"]

_MAX_DEPTH = 30  # nesting deeper than any real client produces; stops hostile recursion
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*")


@dataclass(frozen=True)
class Attachment:
    """One attached file, decoded."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the checks and the store need from one message.

    Every string taken from a header is free of control characters and bounded in length (see
    `intake.mime_names`), so it can be stored and quoted as it is.
    """

    message_id: str | None = None
    subject: str = ""
    from_address: str = ""  # "" when there is no address we could answer
    from_name: str = ""
    to_addresses: tuple[str, ...] = ()
    date_header: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str | None = None
    precedence: str | None = None
    list_id: str | None = None
    x_auto_response_suppress: str | None = None
    return_path: str | None = None
    received_latest: datetime | None = None
    body_text: str = ""
    # Real attachments only; images shown inside the text (a signature logo) are `inline_parts`.
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    sender: str | None = None  # the Sender header's address, as written (lower case)
    from_local_part: str = ""  # also when the From address is unusable: "From: MAILER-DAEMON"
    x_autoreply: str | None = None
    x_autorespond: str | None = None
    content_type: str = ""  # of the whole message: multipart/report for delivery reports
    inline_parts: tuple[Attachment, ...] = ()


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse `raw`; never raises. Unreadable pieces are left empty and named in `defects`."""
    defects: list[str] = []
    try:
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
    except Exception as err:  # the parser is lenient; this is the last line of defence
        return ParsedMessage(defects=(f"message could not be parsed: {err!r}",))
    try:
        parsed = _header_fields(_raw_headers(message), defects)
    except Exception as err:
        defects.append(f"headers could not be read: {err!r}")
        parsed = ParsedMessage()
    parts = _PartCollector(defects)
    try:
        parts.walk(message, "1", depth=0, top=True, related=False)
    except Exception as err:
        defects.append(f"message structure could not be read completely: {err!r}")
    return replace(
        parsed,
        body_text=parts.body_text(),
        attachments=tuple(parts.attachments),
        inline_parts=tuple(parts.inline),
        content_type=safe_content_type(_content_type(message)),
        defects=tuple(defects),
    )


def _raw_headers(part: Message) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in part.raw_items():
        headers.setdefault(str(name).strip().lower(), []).append(str(value))
    return headers


def _raw_header(part: Message, name: str) -> str:
    """The first `name` header of `part` as sent (8-bit bytes surrogate-escaped), or ""."""
    return next((str(value) for key, value in part.raw_items() if key.lower() == name), "")


def _header_fields(raw: dict[str, list[str]], defects: list[str]) -> ParsedMessage:
    def text(name: str, limit: int | None = MAX_HEADER) -> str | None:
        values = raw.get(name)
        return safe_text(decode_header_text(values[0]), limit) if values else None

    senders = mailboxes(raw.get("from", []))
    from_name, from_raw = senders[0] if senders else ("", "")
    sender = mailboxes(raw.get("sender", []))
    to = raw.get("to", [])
    return ParsedMessage(
        message_id=message_id_of(text("message-id", None)),
        subject=text("subject") or "",
        from_address=safe_address(from_raw),
        from_name=safe_text(from_name, MAX_NAME),
        from_local_part=local_part(from_raw),
        to_addresses=tuple(filter(None, (safe_address(a) for _, a in mailboxes(to)))),
        date_header=header_date(text("date"), "Date", defects),
        in_reply_to=message_id_of(text("in-reply-to", None)),
        references=message_ids(text("references", None)),
        auto_submitted=text("auto-submitted"),
        precedence=text("precedence"),
        list_id=text("list-id"),
        x_auto_response_suppress=text("x-auto-response-suppress"),
        x_autoreply=text("x-autoreply"),
        x_autorespond=text("x-autorespond"),
        return_path=return_path_of(text("return-path")),
        sender=safe_text(sender[0][1], MAX_ADDRESS) if sender else None,
        received_latest=received_latest(raw.get("received", []), defects),
    )


class _PartCollector:
    """Walks the MIME tree once, sorting leaves into body text, attachments and inline parts."""

    def __init__(self, defects: list[str]) -> None:
        self.defects = defects
        self.attachments: list[Attachment] = []
        self.inline: list[Attachment] = []
        self.plain: list[str] = []
        self.html: list[str] = []

    def body_text(self) -> str:
        text = "\n".join(self.plain) if self.plain else _html_to_text("\n".join(self.html))
        return text.replace("\r\n", "\n").strip()

    def walk(self, part: Message, path: str, *, depth: int, top: bool, related: bool) -> None:
        if depth > _MAX_DEPTH:
            self.defects.append(f"part {path}: nested deeper than {_MAX_DEPTH} levels, skipped")
            return
        self.defects.extend(f"part {path}: {type(defect).__name__}" for defect in part.defects)
        try:
            content_type = part.get_content_type()
            if content_type.startswith("message/") and part.is_multipart():
                # A forwarded or bounced message: its attachments count, its text is not our body.
                children, top, related = _inner_messages(part, path, self.defects), False, False
            elif part.is_multipart():
                children = [child for child in part.get_payload() if isinstance(child, Message)]
                related = related or content_type == "multipart/related"
            else:
                self._leaf(part, path, content_type, top=top, related=related)
                return
        except Exception as err:  # one unreadable part must not hide the others
            self.defects.append(f"part {path}: could not be read: {err!r}")
            return
        for index, child in enumerate(children, start=1):
            self.walk(child, f"{path}.{index}", depth=depth + 1, top=top, related=related)

    def _leaf(
        self, part: Message, path: str, content_type: str, *, top: bool, related: bool
    ) -> None:
        filename = part_filename(
            _raw_header(part, "content-disposition"), _raw_header(part, "content-type")
        )
        maintype = content_type.split("/", 1)[0]
        disposition = part.get_content_disposition()
        if disposition != "attachment" and not filename:
            if maintype == "multipart":
                self.defects.append(f"part {path}: {content_type} without readable parts")
                return
            if maintype == "text":
                if top and content_type in ("text/plain", "text/html"):
                    data = _payload_bytes(part, path, self.defects)
                    text = decode_bytes(data, param(_raw_header(part, "content-type"), "charset"))
                    (self.plain if content_type == "text/plain" else self.html).append(text)
                return
        if filename and "content-type" not in part:  # the default text/plain would be a guess
            content_type = content_type_of(filename)
        content_type = safe_content_type(content_type)
        number = len(self.attachments) + len(self.inline) + 1
        name = filename or f"pielikums-{number}{extension_for(content_type)}"
        found = Attachment(name, content_type, _payload_bytes(part, path, self.defects))
        shown_in_text = related and disposition in (None, "inline") and "content-id" in part
        if shown_in_text and is_image(name, content_type):
            self.inline.append(found)  # a logo or picture the HTML text shows, not a file sent
        else:
            self.attachments.append(found)


def _content_type(message: Message) -> str:
    try:
        return message.get_content_type()
    except Exception:  # a hostile header; the message is still read as plain text
        return ""


def _inner_messages(part: Message, path: str, defects: list[str]) -> list[Message]:
    """The parts of a message/* part; a base64/QP-encoded message/rfc822 is decoded and reparsed."""
    inner = [child for child in part.get_payload() if isinstance(child, Message)]
    encoding = _transfer_encoding(part)
    if encoding in ("base64", "quoted-printable") and len(inner) == 1 and not inner[0].keys():
        # The parser does not decode message/* bodies; it read the encoded text as a body.
        encoded = inner[0].get_payload()
        if isinstance(encoded, str):
            data = _decode_transfer(
                encoded.encode("utf-8", "surrogateescape"), encoding, path, defects
            )
            if data is not None:
                return [BytesParser(policy=policy.compat32).parsebytes(data)]
    return inner


def _transfer_encoding(part: Message) -> str:
    return str(part.get("content-transfer-encoding", "")).strip().lower()


def _payload_bytes(part: Message, path: str, defects: list[str]) -> bytes:
    """Decoded content. Only base64 is decoded here (strictly, to report damage); the stdlib's
    decode=True keeps 8-bit bytes as sent and decodes quoted-printable and uuencode."""
    if _transfer_encoding(part) == "base64":
        try:
            text = part.get_payload()
        except Exception:  # 8-bit text is re-decoded by its charset parameter, which may be broken
            text = None
        if isinstance(text, str) and text.isascii():
            raw = text.encode("ascii")
            data = _decode_transfer(raw, "base64", path, defects)
            return raw if data is None else data
        defects.append(f"part {path}: base64 content with 8-bit bytes, decoded what could be read")
    decoded = part.get_payload(decode=True)
    return decoded if isinstance(decoded, bytes) else b""


def _decode_transfer(raw: bytes, encoding: str, path: str, defects: list[str]) -> bytes | None:
    """Decoded content; base64 with only its padding or tail missing is decoded with a defect,
    anything else that is not base64 (e.g. plain text labelled base64) gives None."""
    if encoding == "quoted-printable":
        return quopri.decodestring(raw)
    compact = b"".join(line.strip() for line in raw.splitlines())
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        pass
    letters = compact.rstrip(b"=")
    if _BASE64.fullmatch(letters) is None or len(letters) % 4 == 1:
        defects.append(f"part {path}: base64 content could not be decoded, kept as sent")
        return None
    defects.append(f"part {path}: damaged base64 content (padding or end missing)")
    return base64.b64decode(letters + b"=" * (-len(letters) % 4))


def _html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)\s*>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line).strip()
