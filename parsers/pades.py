"""Signers of a signed PDF: PAdES (and older adbe.pkcs7) signature dictionaries, via PDFium.

A PDF signature's /Contents is a CMS SignedData holding the signer's certificate and, for older
signatures, the signing time; PAdES puts the claimed time in the dictionary's /M instead.
PDFium, which the PDF reader already uses, finds the signature dictionaries, so reading a
signed PDF needs no other PDF library; it is called under `PDFIUM_LOCK` like everywhere else.
"""

from __future__ import annotations

import ctypes
import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from asn1crypto import cms

from parsers.certificates import (
    MAX_SIGNATURES,
    Signature,
    UnreadableSignature,
    certificate_signer,
)
from parsers.pdfium_guard import MAX_PDF_BYTES, PDFIUM_LOCK

__all__ = ["pdf_document_signatures", "pdf_signatures"]

log = logging.getLogger("intake.parsers.signatures")

MAX_CMS_BYTES = 1024 * 1024  # /Contents with a full chain, OCSP and timestamps is ~20–60 KB
_PDF_DATE = re.compile(
    r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:(Z)|([+-])(\d\d)'?(\d\d)?'?)?"
)


def pdf_signatures(data: bytes) -> list[Signature]:
    """PAdES (and older adbe.pkcs7) signers of a PDF; [] when it has none or cannot be opened.

    Never raises: a PDF that pdfium cannot open is the PDF reader's problem to report.
    """
    if not data.startswith(b"%PDF-") or len(data) > MAX_PDF_BYTES:
        return []
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return []
        try:
            return pdf_document_signatures(document)
        finally:
            document.close()


def pdf_document_signatures(document: pdfium.PdfDocument) -> list[Signature]:
    """As `pdf_signatures`, for a document the caller has opened and holds PDFIUM_LOCK for."""
    signatures = []
    count = min(pdfium_c.FPDF_GetSignatureCount(document.raw), MAX_SIGNATURES)
    for index in range(max(count, 0)):
        handle = pdfium_c.FPDF_GetSignatureObject(document.raw, index)
        if not handle or _pdf_string(pdfium_c.FPDFSignatureObj_GetSubFilter, handle).endswith(
            "RFC3161"
        ):
            continue  # a document timestamp names a time-stamping authority, not a signer
        try:
            signatures.append(_pades_signature(handle))
        except UnreadableSignature as err:
            log.info("PDF signature %d not read: %s", index + 1, err)
    return signatures


def _pades_signature(handle: Any) -> Signature:
    size = pdfium_c.FPDFSignatureObj_GetContents(handle, None, 0)
    if not 0 < size <= MAX_CMS_BYTES:
        raise UnreadableSignature(f"/Contents is {size} bytes")
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFSignatureObj_GetContents(handle, buffer, size)
    try:
        info = cms.ContentInfo.load(buffer.raw)  # the zero padding after the DER is ignored
        signed = info["content"]
        signer_info = signed["signer_infos"][0]
        der = _cms_signer_certificate(signed, signer_info["sid"])
        signed_at = _cms_signing_time(signer_info)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        raise UnreadableSignature(f"the CMS SignedData cannot be read ({err})") from err
    if signed_at is None:  # PAdES puts the claimed time in /M, not in the CMS
        signed_at = _pdf_time(_pdf_string(pdfium_c.FPDFSignatureObj_GetTime, handle))
    signer = certificate_signer(der)
    return Signature(signer.name, "pades", signed_at, signer.issuer, signer.personal_code_hash)


def _cms_signer_certificate(signed: cms.SignedData, sid: cms.SignerIdentifier) -> bytes:
    certificates = [
        choice.chosen for choice in signed["certificates"] or [] if choice.name == "certificate"
    ]
    for certificate in certificates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                certificate.issuer == wanted["issuer"]
                and certificate.serial_number == wanted["serial_number"].native
            ):
                return bytes(certificate.dump())
        elif certificate.key_identifier == sid.chosen.native:
            return bytes(certificate.dump())
    raise UnreadableSignature("the signer's certificate is not in the signature")


def _cms_signing_time(signer_info: cms.SignerInfo) -> datetime | None:
    for attribute in signer_info["signed_attrs"] or []:
        if attribute["type"].native == "signing_time":
            moment = attribute["values"][0].native
            return moment if isinstance(moment, datetime) else None
    return None


def _pdf_string(getter: Any, handle: Any) -> str:
    """An ASCII string property of a signature object ("" when absent)."""
    size = getter(handle, None, 0)
    if not 0 < size <= 4096:
        return ""
    buffer = ctypes.create_string_buffer(size)
    getter(handle, buffer, size)
    return buffer.value.decode("ascii", "replace")


def _pdf_time(text: str) -> datetime | None:
    """A PDF date `D:20190820101500+03'00'` as an aware datetime (UTC when no zone is given)."""
    match = _PDF_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, _zulu, sign, zone_h, zone_m = match.groups()
    zone = UTC
    if sign:
        offset = timedelta(hours=int(zone_h), minutes=int(zone_m or 0))
        zone = timezone(-offset if sign == "-" else offset)
    stamp = year + (month or "01") + (day or "01") + (hour or "00") + (minute or "00")
    try:
        return datetime.strptime(stamp + (second or "00"), "%Y%m%d%H%M%S").replace(tzinfo=zone)
    except ValueError:
        return None
