"""Signers of an .edoc: the XAdES signature files eParaksts writes into an ASiC-E container.

Each `META-INF/signatures*.xml` holds one `ds:Signature` per signer, with the signer's
certificate in KeyInfo (maybe followed by its chain) and the claimed signing time in the
XAdES SignedProperties. The certificate that SigningCertificate names by its digest is the
signer's; the file is parsed by `parsers.safe_xml`, as a stranger's XML.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

from lxml import etree

from parsers.certificates import (
    MAX_SIGNATURES,
    Signature,
    UnreadableSignature,
    certificate_signer,
    is_ca,
)
from parsers.safe_xml import safe_xml_root

__all__ = ["xades_signatures"]

MAX_CERTIFICATE_BYTES = 64 * 1024
_DS = "http://www.w3.org/2000/09/xmldsig#"
_ETSI = "http://uri.etsi.org/01903/"  # XAdES v1.3.2 and v1.4.1 namespaces both start so
_DIGESTS = {
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
    "http://www.w3.org/2001/04/xmldsig-more#sha224": "sha224",
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}


def xades_signatures(xml: bytes) -> list[Signature]:
    """Signers of a XAdES signature file (`META-INF/signatures0.xml`), in document order.

    Raises UnsafeXml, etree.XMLSyntaxError or UnreadableSignature; the caller makes problems.
    """
    root = safe_xml_root(xml)
    found = [root] if root.tag == f"{{{_DS}}}Signature" else root.iter(f"{{{_DS}}}Signature")
    signatures = []
    for number, signature in enumerate(found, start=1):
        if number > MAX_SIGNATURES:
            break
        signer = certificate_signer(_signing_certificate(signature))
        signed_at = _xades_time(signature)
        signatures.append(
            Signature(signer.name, "xades", signed_at, signer.issuer, signer.personal_code_hash)
        )
    if not signatures:
        raise UnreadableSignature("the signature file holds no ds:Signature")
    return signatures


def _signing_certificate(signature: etree._Element) -> bytes:
    """The DER of the signer's certificate: the one SigningCertificate names, else the first
    end-entity certificate in KeyInfo (a chain may follow it)."""
    certificates = []
    for element in signature.iter(f"{{{_DS}}}X509Certificate"):
        text = "".join((element.text or "").split())
        if len(text) > MAX_CERTIFICATE_BYTES * 4 // 3 + 4:
            raise UnreadableSignature("an X509Certificate is too large")
        try:
            certificates.append(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError) as err:
            raise UnreadableSignature("an X509Certificate is not base64") from err
    if not certificates:
        raise UnreadableSignature("the signature carries no X509Certificate")
    for algorithm, digest in _named_certificate_digests(signature):
        for der in certificates:
            if hashlib.new(algorithm, der).digest() == digest:
                return der
    for der in certificates:
        if not is_ca(der):
            return der
    return certificates[0]


def _named_certificate_digests(signature: etree._Element) -> Iterator[tuple[str, bytes]]:
    for element in signature.iter(f"{{{_DS}}}DigestMethod"):
        digest_of = element.getparent()
        if digest_of is None or etree.QName(digest_of).localname != "CertDigest":
            continue
        algorithm = _DIGESTS.get(element.get("Algorithm", ""))
        value = digest_of.find(f"{{{_DS}}}DigestValue")
        if algorithm is None or value is None or not value.text:
            continue
        try:
            yield algorithm, base64.b64decode("".join(value.text.split()), validate=True)
        except (binascii.Error, ValueError):
            continue


def _xades_time(signature: etree._Element) -> datetime | None:
    for element in signature.iter(etree.Element):
        name = etree.QName(element)
        if name.localname == "SigningTime" and (name.namespace or "").startswith(_ETSI):
            return _iso_time((element.text or "").strip())
    return None


def _iso_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # xsd:dateTime without zone
