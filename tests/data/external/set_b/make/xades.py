"""Hand-made XAdES-BES signatures in ASiC-E containers (.edoc/.asice), cryptographically
valid against the test PKI: exclusive C14N, SHA-256, RSA or ECDSA."""
from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from urllib.parse import quote

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from lxml import etree

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
ASIC = "http://uri.etsi.org/02918/v1.2.1#"
EXC = "http://www.w3.org/2001/10/xml-exc-c14n#"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
NSMAP = {"asic": ASIC, "ds": DS, "xades": XADES}

MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".txt": "text/plain",
}


def mime(name):
    for ext, m in MIME.items():
        if name.lower().endswith(ext):
            return m
    return "application/octet-stream"


def E(ns, tag, *children, text=None, **attrs):
    el = etree.Element(f"{{{ns}}}{tag}", nsmap=NSMAP if tag == "XAdESSignatures" else None)
    for k, v in attrs.items():
        el.set(k, v)
    if text is not None:
        el.text = text
    for c in children:
        el.append(c)
    return el


def c14n(el) -> bytes:
    return etree.tostring(el, method="c14n", exclusive=True, with_comments=False)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def signature_xml(files: dict[str, bytes], key, cert, signing_time: str, sig_id="S0",
                  include_ca=None, role=None, city=None) -> bytes:
    """files: name -> bytes of the data files the signature covers."""
    is_ec = isinstance(key, ec.EllipticCurvePrivateKey)
    sig_alg = ("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" if is_ec
               else "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    der = cert.public_bytes(serialization.Encoding.DER)

    root = E(ASIC, "XAdESSignatures")
    sig = E(DS, "Signature", Id=sig_id)
    root.append(sig)
    si = E(DS, "SignedInfo",
           E(DS, "CanonicalizationMethod", Algorithm=EXC),
           E(DS, "SignatureMethod", Algorithm=sig_alg))
    refs = []
    for i, (name, data) in enumerate(files.items()):
        ref = E(DS, "Reference", E(DS, "DigestMethod", Algorithm=SHA256),
                E(DS, "DigestValue", text=b64(hashlib.sha256(data).digest())),
                Id=f"{sig_id}-RefId{i}", URI=quote(name))
        si.append(ref)
        refs.append((ref, name))
    sp_ref = E(DS, "Reference",
               E(DS, "Transforms", E(DS, "Transform", Algorithm=EXC)),
               E(DS, "DigestMethod", Algorithm=SHA256), E(DS, "DigestValue"),
               Id=f"{sig_id}-RefId-SP", Type="http://uri.etsi.org/01903#SignedProperties",
               URI=f"#{sig_id}-SignedProperties")
    si.append(sp_ref)
    sig.append(si)
    sv = E(DS, "SignatureValue", Id=f"{sig_id}-SIG")
    sig.append(sv)
    sig.append(E(DS, "KeyInfo", E(DS, "X509Data", E(DS, "X509Certificate", text=b64(der)))))

    ssp = E(XADES, "SignedSignatureProperties",
            E(XADES, "SigningTime", text=signing_time),
            E(XADES, "SigningCertificate", E(XADES, "Cert",
              E(XADES, "CertDigest", E(DS, "DigestMethod", Algorithm=SHA256),
                E(DS, "DigestValue", text=b64(hashlib.sha256(der).digest()))),
              E(XADES, "IssuerSerial",
                E(DS, "X509IssuerName", text=cert.issuer.rfc4514_string()),
                E(DS, "X509SerialNumber", text=str(cert.serial_number))))))
    if city:
        ssp.append(E(XADES, "SignatureProductionPlace", E(XADES, "City", text=city),
                     E(XADES, "CountryName", text="Latvija")))
    if role:
        ssp.append(E(XADES, "SignerRole", E(XADES, "ClaimedRoles",
                                            E(XADES, "ClaimedRole", text=role))))
    sdop = E(XADES, "SignedDataObjectProperties")
    for ref, name in refs:
        sdop.append(E(XADES, "DataObjectFormat", E(XADES, "MimeType", text=mime(name)),
                      ObjectReference=f"#{ref.get('Id')}"))
    sp = E(XADES, "SignedProperties", ssp, sdop, Id=f"{sig_id}-SignedProperties")
    qp = E(XADES, "QualifyingProperties", sp, Target=f"#{sig_id}")
    if include_ca is not None:
        qp.append(E(XADES, "UnsignedProperties", E(XADES, "UnsignedSignatureProperties",
                    E(XADES, "CertificateValues",
                      *[E(XADES, "EncapsulatedX509Certificate", text=b64(
                          c.public_bytes(serialization.Encoding.DER)), Id=f"{sig_id}-CA{i}")
                        for i, c in enumerate(include_ca)]))))
    sig.append(E(DS, "Object", qp))

    sp_ref.find(f"{{{DS}}}DigestValue").text = b64(hashlib.sha256(c14n(sp)).digest())
    data = c14n(si)
    if is_ec:
        der_sig = key.sign(data, ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der_sig)
        n = (key.curve.key_size + 7) // 8
        raw = r.to_bytes(n, "big") + s.to_bytes(n, "big")
    else:
        raw = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    sv.text = b64(raw)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)


def verify(xml: bytes, files: dict[str, bytes]) -> None:
    """Self-check: digests and signature value must verify."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
    from urllib.parse import unquote

    doc = etree.fromstring(xml)
    si = doc.find(f".//{{{DS}}}SignedInfo")
    for ref in si.findall(f"{{{DS}}}Reference"):
        uri = ref.get("URI")
        dv = ref.find(f"{{{DS}}}DigestValue").text
        if uri.startswith("#"):
            target = doc.find(f".//*[@Id='{uri[1:]}']")
            got = b64(hashlib.sha256(c14n(target)).digest())
        else:
            got = b64(hashlib.sha256(files[unquote(uri)]).digest())
        assert got == dv, uri
    cert = x509.load_der_x509_certificate(base64.b64decode(
        doc.find(f".//{{{DS}}}KeyInfo//{{{DS}}}X509Certificate").text))
    raw = base64.b64decode(doc.find(f".//{{{DS}}}SignatureValue").text)
    pub = cert.public_key()
    if isinstance(pub, ec.EllipticCurvePublicKey):
        n = len(raw) // 2
        pub.verify(encode_dss_signature(int.from_bytes(raw[:n], "big"), int.from_bytes(raw[n:], "big")),
                   c14n(si), ec.ECDSA(hashes.SHA256()))
    else:
        pub.verify(raw, c14n(si), padding.PKCS1v15(), hashes.SHA256())


def manifest(names) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
             '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
             ' manifest:version="1.2">',
             '  <manifest:file-entry manifest:full-path="/" '
             'manifest:media-type="application/vnd.etsi.asic-e+zip"/>']
    for n in names:
        lines.append(f'  <manifest:file-entry manifest:full-path="{n}" '
                     f'manifest:media-type="{mime(n)}"/>')
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode()


def container(path: str, files: dict[str, bytes], signatures: list[bytes], sig_names=None):
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=(2019, 9, 30, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, b"application/vnd.etsi.asic-e+zip")
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2019, 9, 30, 12, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", date_time=(2019, 9, 30, 12, 0, 0)),
                   manifest(files), compress_type=zipfile.ZIP_DEFLATED)
        for i, s in enumerate(signatures):
            name = (sig_names or [f"META-INF/signatures{j}.xml" for j in range(len(signatures))])[i]
            z.writestr(zipfile.ZipInfo(name, date_time=(2019, 9, 30, 12, 0, 0)), s,
                       compress_type=zipfile.ZIP_DEFLATED)
