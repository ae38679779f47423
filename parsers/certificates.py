"""Who a signer certificate names, and the `Signature` value both signature readers return.

An e-signature names its signer in an X.509 certificate, whether it is a XAdES signature in an
.edoc (`parsers.xades`) or a PAdES one in a PDF (`parsers.pades`); the certificate is parsed
with asn1crypto, and only read: the chain and revocation are eParaksts' tools' business.

A Latvian qualified certificate carries the signer's personal code in its subject
serialNumber (`PNOLV-010101-10000`). The code is never kept in clear: a `Signature` holds a
salted SHA-256 of it, enough to tell whether two applications were signed by the same person.
The salt is a constant in this file (`PERSONAL_CODE_SALT`), so the hash is a pseudonym, not
anonymity: a Latvian code has few enough possible values to be recovered from it by trying
them all, so the hash is personal data and stays within the committee. The last digits are
deliberately not kept beside it, as they would make that search trivial.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from asn1crypto import x509

__all__ = [
    "MAX_SIGNATURES",
    "PERSONAL_CODE_SALT",
    "Signature",
    "Signer",
    "UnreadableSignature",
    "certificate_signer",
    "is_ca",
    "personal_code_hash",
]

# Changing the salt changes every stored hash: bump the version suffix only together with them.
PERSONAL_CODE_SALT = b"intake/annex1/personal-code/v1:"
MAX_SIGNATURES = 20  # parallel signatures on one document; real ones carry one to three
_CODE_IN_NAME = re.compile(r"[,\s]*\b(?:PNO[A-Z]{2}-?)?\d{6}-?\d{5}\b")


@dataclass(frozen=True)
class Signature:
    """One e-signature on the form; `to_json` of a reading shows the first three fields."""

    signer_name: str
    method: Literal["xades", "pades"]
    signed_at: datetime | None  # timezone-aware; None when the signature does not say
    issuer: str | None = None  # the certificate issuer's CN, e.g. "LV eID ICA 2017"
    personal_code_hash: str | None = None  # hex SHA-256 of salt + code, never the code


@dataclass(frozen=True)
class Signer:
    """Who a certificate names; `Signature` adds how and when they signed."""

    name: str
    issuer: str | None
    personal_code_hash: str | None


class UnreadableSignature(ValueError):
    """A signature whose certificate or structure cannot be read."""


def personal_code_hash(serial_number: str) -> str:
    """Salted SHA-256 of a subject serialNumber: `PNOLV-010101-10000` and `010101-10000` agree."""
    plain = re.sub(r"[^0-9A-Z]", "", serial_number.upper())
    plain = re.sub(r"^PNO[A-Z]{2}", "", plain)
    return hashlib.sha256(PERSONAL_CODE_SALT + plain.encode("ascii", "replace")).hexdigest()


def is_ca(der: bytes) -> bool:
    """Whether a DER certificate is a certification authority's (a chain's, not a signer's)."""
    try:
        return bool(x509.Certificate.load(der).ca)
    except (ValueError, TypeError, KeyError):
        return False


def certificate_signer(der: bytes) -> Signer:
    """Name, issuer and hashed personal code of a DER certificate; UnreadableSignature if bad."""
    try:
        certificate = x509.Certificate.load(der)
        subject: dict[str, Any] = dict(certificate.subject.native)
        issuer: dict[str, Any] = dict(certificate.issuer.native)
        issuer_name = _one(issuer.get("common_name")) or certificate.issuer.human_friendly
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        raise UnreadableSignature(f"the signer certificate cannot be read ({err})") from err
    serial = _one(subject.get("serial_number"))
    return Signer(
        _signer_name(subject, serial),
        issuer_name or None,
        personal_code_hash(serial) if serial else None,
    )


def _signer_name(subject: dict[str, Any], serial: str | None) -> str:
    """CN as the certificate writes it ("JĀNIS BĒRZIŅŠ"); given name and surname where the CN
    is missing or carries a code (Estonian-style "BĒRZIŅŠ,JĀNIS,01010110000")."""
    common = _one(subject.get("common_name")) or ""
    given, surname = _one(subject.get("given_name")), _one(subject.get("surname"))
    carries_code = bool(_CODE_IN_NAME.search(common)) or bool(serial and serial in common)
    if (not common or carries_code) and given and surname:
        return f"{given} {surname}"
    name = _CODE_IN_NAME.sub("", common.replace(serial, "") if serial else common)
    return name.strip(" ,") or "?"


def _one(value: Any) -> str | None:
    """An attribute's value; a repeated attribute (a list) gives its first."""
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else None
