"""A throw-away test PKI: one root, two issuing CAs named like the Latvian eID ones, and
signer certificates with CN = name and serialNumber = PNOLV-… (all invented, test only)."""
from __future__ import annotations

import datetime as dt
import os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from common import BUILD

PKI_DIR = os.path.join(BUILD, "pki")
os.makedirs(PKI_DIR, exist_ok=True)

NOT_BEFORE = dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc)
NOT_AFTER = dt.datetime(2028, 1, 1, tzinfo=dt.timezone.utc)


def _key(kind="rsa"):
    if kind == "ec":
        return ec.generate_private_key(ec.SECP384R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(**attrs):
    oid = {"C": NameOID.COUNTRY_NAME, "O": NameOID.ORGANIZATION_NAME, "OU": NameOID.ORGANIZATIONAL_UNIT_NAME,
           "CN": NameOID.COMMON_NAME, "SN": NameOID.SURNAME, "GN": NameOID.GIVEN_NAME,
           "serialNumber": NameOID.SERIAL_NUMBER, "orgId": NameOID.ORGANIZATION_IDENTIFIER}
    return x509.Name([x509.NameAttribute(oid[k], v) for k, v in attrs.items()])


class CA:
    def __init__(self, name: x509.Name, key, cert: x509.Certificate):
        self.name, self.key, self.cert = name, key, cert


def _build(subject, issuer, pub, signing_key, *, ca: bool, serial: int, eku=None,
           issuer_key_for_aki=None):
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(pub)
         .serial_number(serial).not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(pub), critical=False))
    if issuer_key_for_aki is not None:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key_for_aki),
                            critical=False)
    if ca:
        b = b.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                            critical=True)
    else:
        b = b.add_extension(x509.KeyUsage(False, True, False, False, False, False, False, False, False),
                            critical=True)
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
    return b.sign(signing_key, hashes.SHA256())


_root = None
_icas: dict[str, CA] = {}


def root() -> CA:
    global _root
    if _root is None:
        k = _key()
        n = _name(C="LV", O="set_b test PKI (not trusted)", CN="TEST Latvia eID Root CA 2019")
        _root = CA(n, k, _build(n, n, k.public_key(), k, ca=True, serial=1000))
    return _root


def ica(which: str) -> CA:
    if which not in _icas:
        r = root()
        k = _key()
        if which == "sk":
            n = _name(C="EE", O="AS Sertifitseerimiskeskus", orgId="NTREE-10747013",
                      CN="TEST of EID-SK 2016")
        else:
            n = _name(C="LV", O="VAS Latvijas Valsts radio un televīzijas centrs",
                      orgId="NTRLV-40003011203", CN="LV eID ICA 2017 TEST")
        _icas[which] = CA(n, k, _build(n, r.name, k.public_key(), r.key, ca=True,
                                       serial=2000 + len(_icas), issuer_key_for_aki=r.key.public_key()))
    return _icas[which]


def signer(cn: str, given: str, surname: str, code: str, which="lv", kind="rsa", serial=None):
    issuer = ica(which)
    k = _key(kind)
    n = _name(C="LV", CN=cn, SN=surname, GN=given, serialNumber=code)
    cert = _build(n, issuer.name, k.public_key(), issuer.key, ca=False,
                  serial=serial or x509.random_serial_number(),
                  eku=[ExtendedKeyUsageOID.EMAIL_PROTECTION],
                  issuer_key_for_aki=issuer.key.public_key())
    return k, cert, issuer


def save_pem(name, key, cert, chain):
    kp = os.path.join(PKI_DIR, f"{name}.key.pem")
    cp = os.path.join(PKI_DIR, f"{name}.cert.pem")
    with open(kp, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))
    with open(cp, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    chain_paths = []
    for i, c in enumerate(chain):
        p = os.path.join(PKI_DIR, f"{name}.chain{i}.pem")
        with open(p, "wb") as fh:
            fh.write(c.public_bytes(serialization.Encoding.PEM))
        chain_paths.append(p)
    return kp, cp, chain_paths
