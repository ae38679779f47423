"""Sanity check of the generated files (not a reader): every written value of a form must be
findable in the file's text (whitespace collapsed), every container must be a well-formed
ASiC-E whose XAdES verifies, and the signer CN / SigningTime must equal expected.json."""
from __future__ import annotations

import base64
import io
import json
import os
import re
import subprocess
import tempfile
import zipfile

from cryptography import x509
from cryptography.x509.oid import NameOID
from lxml import etree
from pypdf import PdfReader

from common import FILES, ROOT
from build_all import FILEMAP
from forms import FORMS
import xades


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ")).strip()


def pdf_text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
        tf.write(data)
        tf.flush()
        txt = "".join(subprocess.run(["pdftotext", *mode, tf.name, "-"], capture_output=True,
                                     text=True).stdout for mode in (["-raw"], []))
    r = PdfReader(io.BytesIO(data))
    vals = [str(v.get("/V")) for v in (r.get_fields() or {}).values() if v.get("/V")]
    return txt + "\n" + "\n".join(vals)


def docx_text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".docx") as tf:
        tf.write(data)
        tf.flush()
        return subprocess.run(["pandoc", tf.name, "-t", "plain", "--wrap=none"],
                              capture_output=True, text=True).stdout


def check_form(fid, text, name):
    f = FORMS[fid]
    t = norm(text).replace("\\", "")
    bad = []
    for k, v in f["written"].items():
        if v and norm(v) not in t:
            bad.append((k, v))
    for a in f["activities"]:
        for k in ("kind_written", "description", "period", "cost_written"):
            if a[k] and norm(a[k]) not in t:
                bad.append((k, a[k]))
    if bad:
        print("  MISSING in", name, bad)
    return not bad


def main():
    exp = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
    ok = True
    for name, (fid, _) in FILEMAP.items():
        data = open(os.path.join(FILES, name), "rb").read()
        sigs = []
        if name.endswith(".pdf"):
            if fid == "17":
                good = norm(pdf_text(data)) == ""
            else:
                good = check_form(fid, pdf_text(data), name)
            if fid == "25":
                from pyhanko.pdf_utils.reader import PdfFileReader
                s = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
                cn = s.signer_cert.subject.native["common_name"]
                sigs.append((cn, s.self_reported_timestamp.isoformat()))
        else:
            z = zipfile.ZipFile(io.BytesIO(data))
            infos = z.infolist()
            assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
            assert z.read("mimetype") == b"application/vnd.etsi.asic-e+zip"
            datafiles = {i.filename: z.read(i.filename) for i in infos[1:]
                         if not i.filename.startswith("META-INF/")}
            good = False
            for n, d in datafiles.items():
                if "ieteikum" in n:
                    txt = pdf_text(d) if n.endswith(".pdf") else docx_text(d)
                    good = check_form(fid, txt, f"{name}:{n}")
            for i in infos:
                if re.match(r"META-INF/.*signatures.*\.xml", i.filename):
                    xml = z.read(i.filename)
                    xades.verify(xml, datafiles)
                    doc = etree.fromstring(xml)
                    der = base64.b64decode(doc.find(f".//{{{xades.DS}}}KeyInfo//{{{xades.DS}}}X509Certificate").text)
                    cert = x509.load_der_x509_certificate(der)
                    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
                    st = doc.find(f".//{{{xades.XADES}}}SigningTime").text
                    sigs.append((cn, st.replace("Z", "+00:00")))
        want = [(s["signer_name"], s["signed_at"]) for s in exp[name]["signatures"]]
        if sigs != want:
            print("  SIGNATURES differ", name, sigs, want)
            good = False
        print(("ok  " if good else "BAD ") + name)
        ok &= good
    print("ALL OK" if ok else "PROBLEMS")


if __name__ == "__main__":
    main()
