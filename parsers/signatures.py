"""Who signed an Annex 1 and when: the signer of a XAdES (.edoc) or PAdES (signed PDF) signature.

The committee needs the name on the e-signature beside the name typed into the form, and the
time of signing beside the deadline. Signatures are only read: the signature value, the
certificate chain and revocation are not verified (eParaksts' own tools do that when a person
checks an application). The reading is split by what is read — the signer certificate and the
`Signature` value (`parsers.certificates`, which also says how personal codes are kept), the
XAdES signature files of an .edoc (`parsers.xades`), the signature dictionaries of a PDF
(`parsers.pades`) — and this module is the one name the rest of the reader imports them by.
"""

from __future__ import annotations

from parsers.certificates import (
    PERSONAL_CODE_SALT,
    Signature,
    UnreadableSignature,
    personal_code_hash,
)
from parsers.pades import pdf_signatures
from parsers.xades import xades_signatures

__all__ = [
    "PERSONAL_CODE_SALT",
    "Signature",
    "UnreadableSignature",
    "pdf_signatures",
    "personal_code_hash",
    "xades_signatures",
]
