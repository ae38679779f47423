"""Regenerate the e-signed fixtures in tests/data/forms/: .edoc containers and signed PDFs.

The forms themselves come from make_forms.py; this script signs them the ways municipalities do:
ASiC-E containers (eParaksts .edoc) with a XAdES-BES signature per signer, and a PDF signed with
PAdES by pyhanko. The signatures are genuine (made with the test keys below over the real bytes,
exclusive-c14n SignedInfo) even though the reader does not verify them; test_form_edoc.py checks
one. Beside them: an old DigiDoc/eDoc 1.x container and hostile ones (many members, a huge
declared size, a zip bomb of a form, XXE in the signature file, a container in a container, a
truncated zip).

The test PKI is throw-away and deterministic: EC P-256 keys derived from fixed seeds (so the key
is public by construction: never trust this CA anywhere) and deterministic ECDSA (RFC 6979), so
running the script again rewrites the containers byte for byte, except the two holding a PDF:
those need LibreOffice (`soffice`) to export a form (without it a blank page is used instead),
and differ on every run (LibreOffice's export time, pyhanko's ECDSA nonces); signing times are
fixed.

Run from the project root: .venv/bin/python tests/data/make_containers.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
from lxml import etree

FORMS = Path(__file__).parent / "forms"
ASIC_E = b"application/vnd.etsi.asic-e+zip"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
ASIC = "http://uri.etsi.org/02918/v1.2.1#"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
RIGA = timezone(timedelta(hours=3))  # EEST, the summer the forms were signed
JANIS_SIGNED = datetime(2019, 8, 20, 10, 15, tzinfo=RIGA)
LIGA_SIGNED = datetime(2019, 8, 21, 9, 30, tzinfo=UTC)


def test_key(seed: str) -> ec.EllipticCurvePrivateKey:
    secret = int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big")
    return ec.derive_private_key(secret % (2**255), ec.SECP256R1())


def name(*attributes: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])


CA_KEY = test_key("intake test eParaksts CA")
CA_NAME = name(
    (NameOID.COUNTRY_NAME, "LV"),
    (NameOID.ORGANIZATION_NAME, "Intake test PKI"),
    (NameOID.COMMON_NAME, "Test eParaksts CA"),
)


def certificate(
    subject: x509.Name, key: ec.EllipticCurvePrivateKey, serial: int, *, ca: bool
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(CA_NAME)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(datetime(2019, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2029, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(CA_KEY, hashes.SHA256(), ecdsa_deterministic=True)


Signer = tuple[ec.EllipticCurvePrivateKey, x509.Certificate]


def person(given: str, surname: str, code: str, serial: int) -> Signer:
    key = test_key(f"intake test signer {code}")
    subject = name(
        (NameOID.COUNTRY_NAME, "LV"),
        (NameOID.SURNAME, surname),
        (NameOID.GIVEN_NAME, given),
        (NameOID.SERIAL_NUMBER, f"PNOLV-{code}"),
        (NameOID.COMMON_NAME, f"{given} {surname}"),
    )
    return key, certificate(subject, key, serial, ca=False)


CA_CERT = certificate(CA_NAME, CA_KEY, 1, ca=True)
JANIS = person("JĀNIS", "BĒRZIŅŠ", "010101-10000", 1001)
LIGA = person("LĪGA", "KURSĪTE", "150575-10002", 1002)


def element(
    parent: etree._Element, tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    child = etree.SubElement(parent, tag, attrs)
    child.text = text
    return child


def digest_reference(signed_info: etree._Element, uri: str, digest: bytes, **attrs: str) -> None:
    reference = element(signed_info, f"{{{DS}}}Reference", URI=uri, **attrs)
    if uri.startswith("#"):
        transforms = element(reference, f"{{{DS}}}Transforms")
        element(transforms, f"{{{DS}}}Transform", Algorithm=EXC_C14N)
    element(reference, f"{{{DS}}}DigestMethod", Algorithm=SHA256)
    element(reference, f"{{{DS}}}DigestValue", base64.b64encode(digest).decode())


def xades_signature(
    files: dict[str, bytes], signer: Signer, signed_at: datetime, number: int
) -> bytes:
    """A XAdES-BES detached signature over the data files, as META-INF/signaturesN.xml."""
    key, cert = signer
    der = cert.public_bytes(serialization.Encoding.DER)
    sid = f"S{number}"
    root = etree.Element(
        f"{{{ASIC}}}XAdESSignatures", nsmap={"asic": ASIC, "ds": DS, "xades": XADES}
    )
    signature = element(root, f"{{{DS}}}Signature", Id=sid)
    signed_info = element(signature, f"{{{DS}}}SignedInfo")
    element(signed_info, f"{{{DS}}}CanonicalizationMethod", Algorithm=EXC_C14N)
    element(
        signed_info,
        f"{{{DS}}}SignatureMethod",
        Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
    )
    value = element(signature, f"{{{DS}}}SignatureValue", Id=f"{sid}-SIG")
    key_info = element(signature, f"{{{DS}}}KeyInfo")
    element(
        element(key_info, f"{{{DS}}}X509Data"),
        f"{{{DS}}}X509Certificate",
        base64.b64encode(der).decode(),
    )
    qualifying = element(
        element(signature, f"{{{DS}}}Object"), f"{{{XADES}}}QualifyingProperties", Target=f"#{sid}"
    )
    properties = element(qualifying, f"{{{XADES}}}SignedProperties", Id=f"{sid}-SignedProperties")
    signature_properties = element(properties, f"{{{XADES}}}SignedSignatureProperties")
    utc = signed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    element(signature_properties, f"{{{XADES}}}SigningTime", utc)
    cert_digest = element(
        element(
            element(signature_properties, f"{{{XADES}}}SigningCertificateV2"), f"{{{XADES}}}Cert"
        ),
        f"{{{XADES}}}CertDigest",
    )
    element(cert_digest, f"{{{DS}}}DigestMethod", Algorithm=SHA256)
    element(
        cert_digest, f"{{{DS}}}DigestValue", base64.b64encode(hashlib.sha256(der).digest()).decode()
    )
    object_properties = element(properties, f"{{{XADES}}}SignedDataObjectProperties")
    for index, (file, content) in enumerate(files.items()):
        digest_reference(
            signed_info, file, hashlib.sha256(content).digest(), Id=f"{sid}-RefId{index}"
        )
        data_format = element(
            object_properties,
            f"{{{XADES}}}DataObjectFormat",
            ObjectReference=f"#{sid}-RefId{index}",
        )
        element(data_format, f"{{{XADES}}}MimeType", mime_type(file))
    signed = etree.tostring(properties, method="c14n", exclusive=True)
    digest_reference(
        signed_info,
        f"#{sid}-SignedProperties",
        hashlib.sha256(signed).digest(),
        Type="http://uri.etsi.org/01903#SignedProperties",
    )
    canonical = etree.tostring(signed_info, method="c14n", exclusive=True)
    r, s = decode_dss_signature(
        key.sign(canonical, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    )
    value.text = base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)


def mime_type(file: str) -> str:
    if file.endswith(".docx"):
        return DOCX_TYPE
    return "application/pdf" if file.endswith(".pdf") else "application/octet-stream"


def manifest(files: list[str]) -> bytes:
    root = etree.Element(f"{{{MANIFEST}}}manifest", nsmap={"manifest": MANIFEST})
    root.set(f"{{{MANIFEST}}}version", "1.2")
    for path, media in [("/", ASIC_E.decode()), *((file, mime_type(file)) for file in files)]:
        entry = element(root, f"{{{MANIFEST}}}file-entry")
        entry.set(f"{{{MANIFEST}}}full-path", path)
        entry.set(f"{{{MANIFEST}}}media-type", media)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def zipped(members: dict[str, bytes], mimetype: bytes | None = ASIC_E) -> bytes:
    """`mimetype` first and stored, as ASiC requires; fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if mimetype is not None:
            archive.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), mimetype)
        for member, content in members.items():
            info = zipfile.ZipInfo(member, (1980, 1, 1, 0, 0, 0))
            archive.writestr(info, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def container(files: dict[str, bytes], signers: list[tuple[Signer, datetime]]) -> bytes:
    members = dict(files)
    members["META-INF/manifest.xml"] = manifest(list(files))
    for number, (signer, signed_at) in enumerate(signers):
        members[f"META-INF/signatures{number}.xml"] = xades_signature(
            files, signer, signed_at, number
        )
    return zipped(members)


def form(name: str) -> bytes:
    return (FORMS / name).read_bytes()


def with_declared_size(data: bytes, member: str, size: int) -> bytes:
    """The central directory entry of `member` claims `size` bytes unpacked (a bomb's header)."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length] == member.encode():
            return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]
        at = data.find(b"PK\x01\x02", at + 4)
    raise ValueError(member)


def exported_pdf(docx: Path) -> bytes:
    """The form exported by LibreOffice; a blank page when it is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        import pypdfium2 as pdfium

        print("soffice not found: signing a blank page", file=sys.stderr)
        document = pdfium.PdfDocument.new()
        document.new_page(595, 842)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (Path(work) / docx.with_suffix(".pdf").name).read_bytes()


def pades_signed(pdf: bytes) -> bytes:
    """Signed twice by pyhanko: Jānis with PAdES (time in /M), Līga with adbe.pkcs7.detached
    (time in the CMS signingTime attribute)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    for (key, cert), signed_at, subfilter, field in [
        (JANIS, JANIS_SIGNED, fields.SigSeedSubFilter.PADES, "Paraksts1"),
        (LIGA, LIGA_SIGNED, fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED, "Paraksts2"),
    ]:
        der_key = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(CA_CERT.public_bytes(serialization.Encoding.DER))]
            ),
        )
        meta = signers.PdfSignatureMetadata(
            field_name=field, subfilter=subfilter, md_algorithm="sha256"
        )
        with mock.patch.object(pdf_signer, "datetime", stopped_clock(signed_at)):
            out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer)
        pdf = out.getvalue()
    return pdf


def stopped_clock(moment: datetime) -> type[datetime]:
    """`datetime` whose now() is `moment`: pyhanko takes the signing time from the clock."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:
            return cls.fromtimestamp(moment.timestamp(), moment.tzinfo)

    return Clock


def digidoc_xml() -> bytes:
    """A DigiDoc 1.3 file (the .ddoc that preceded BDOC/ASiC-E): one data file, no signature."""
    content = base64.b64encode(b"Pieteikums").decode()
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<SignedDoc format="DIGIDOC-XML" version="1.3" xmlns="http://www.sk.ee/DigiDoc/v1.3.0#">'
        f'<DataFile ContentType="EMBEDDED_BASE64" Filename="Pieteikums.txt" Id="D0" '
        f'MimeType="text/plain" Size="10">{content}</DataFile></SignedDoc>\n'
    ).encode()


XXE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    b'<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&x;</asic:XAdESSignatures>'
)


def main() -> None:
    daugavpils = {"Pieteikums_Daugavpils.docx": form("daugavpils_blank_form.docx")}
    signed = container(daugavpils, [(JANIS, JANIS_SIGNED)])
    preili = {
        "Pavadvestule.docx": cover_letter(),
        "Pieteikums.docx": form("preili_label_paragraphs.docx"),
        "Budzets.xlsx": b"PK\x05\x06" + b"\0" * 18,
    }
    outputs = {
        "daugavpils_signed.edoc": signed,
        "preili_two_signers.asice": container(preili, [(JANIS, JANIS_SIGNED), (LIGA, LIGA_SIGNED)]),
        "ventspils_with_mistakes.bdoc": container(
            {"Ventspils_pieteikums.docx": form("ventspils_with_mistakes.docx")},
            [(LIGA, LIGA_SIGNED)],
        ),
        "riebini_pdf_signed.edoc": container(
            {"Pieteikums_Riebini.pdf": exported_pdf(FORMS / "riebini_labels_above.docx")},
            [(LIGA, LIGA_SIGNED)],
        ),
        "daugavpils_signed.pdf": pades_signed(exported_pdf(FORMS / "daugavpils_blank_form.docx")),
        "old_digidoc.edoc": digidoc_xml(),
        "old_edoc_mimetype.edoc": zipped(
            {"Pieteikums.docx": daugavpils["Pieteikums_Daugavpils.docx"]},
            mimetype=b"application/x-ddoc",
        ),
        "hostile_many_members.edoc": zipped({**daugavpils, **{f"m/{i}": b"" for i in range(1001)}}),
        "hostile_declared_size.edoc": with_declared_size(
            signed, "Pieteikums_Daugavpils.docx", 2**32 - 1
        ),
        "hostile_form_bomb.edoc": container({"Pieteikums.docx": b"\0" * (40 * 1024 * 1024)}, []),
        "hostile_xxe_signature.edoc": zipped({**daugavpils, "META-INF/signatures0.xml": XXE}),
        "hostile_nested.edoc": container({"Pieteikums.edoc": signed}, [(JANIS, JANIS_SIGNED)]),
        "hostile_truncated.edoc": signed[: len(signed) // 2],
    }
    for file, data in outputs.items():
        (FORMS / file).write_bytes(data)
        print(f"{file}: {len(data)} bytes")


def cover_letter() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Labdien! Pielikumā Preiļu novada pašvaldības pieteikums konkursam.")
    document.core_properties.created = document.core_properties.modified = datetime(2019, 8, 20)
    out = io.BytesIO()
    document.save(out)
    return fixed_timestamps(out.getvalue())


def fixed_timestamps(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            target.writestr(fixed, source.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


if __name__ == "__main__":
    main()
