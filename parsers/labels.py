"""The Latvian vocabulary of Annex 1: field keys, the labels people write for them, the headings.

Municipalities retype the form, renumber it, drop or add colons and diacritics, so a label is
recognised by its *normalised* text (see `normalise_label`), never by exact spelling. The tables
here are the single place that says which words mean which field; the readers of every document
format (.docx now, .pdf and .edoc later) look labels up here, and the problem messages take the
field names people see from here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FIELDS",
    "FIELD_SECTION",
    "FIELD_TITLES",
    "FORM_KEYS",
    "IGNORED",
    "SECTION_TITLES",
    "field_for_label",
    "normalise_label",
    "plain_words",
    "section_of_heading",
]

# key → (section, the label the blank form prints, which problem messages quote), in annex1.md
# order; `activities` stands where section 3 does.
FIELDS: dict[str, tuple[int, str]] = {
    "municipality": (1, "Pašvaldības nosaukums"),
    "registration_no": (1, "Reģistrācijas numurs"),
    "address": (1, "Juridiskā adrese"),
    "planning_region": (1, "Plānošanas reģions"),
    "contact_name": (1, "Kontaktpersona (vārds, uzvārds)"),
    "contact_position": (1, "Amats"),
    "contact_phone": (1, "Tālrunis"),
    "contact_email": (1, "E-pasts"),
    "title": (2, "Projekta nosaukums"),
    "current_measures": (2, "Esošie remigrācijas atbalsta pasākumi pašvaldībā"),
    "goal": (2, "Projekta mērķis"),
    "activities": (3, "Plānotās aktivitātes"),
    "target_remigrants": (4, "Plānotais remigrantu skaits"),
    "target_reached": (4, "Plānotais informēto personu skaits"),
    "total_cost_eur": (5, "Kopējās izmaksas, EUR"),
    "requested_eur": (5, "Pieprasītais finansējums, EUR"),
    "cofinancing_eur": (5, "Pašvaldības līdzfinansējums, EUR"),
    "period_start": (6, "Īstenošanas periods"),
    "period_end": (6, "Īstenošanas periods"),
    "signatory_name": (7, "Vārds, uzvārds"),
    "signatory_position": (7, "Amats"),
    "signed_on": (7, "Datums"),
}
FORM_KEYS = tuple(FIELDS)
FIELD_TITLES = {key: title for key, (_section, title) in FIELDS.items()}
FIELD_SECTION = {key: section for key, (section, _title) in FIELDS.items()}

SECTION_TITLES = {
    1: "Informācija par pieteicēju",
    2: "Projekta apraksts",
    3: "Plānotās aktivitātes",
    4: "Rezultatīvie rādītāji",
    5: "Budžets",
    6: "Īstenošanas periods",
    7: "Apliecinājums",
}

# Normalised label → key. `period` is the raw "no … līdz …" text that becomes period_start/_end.
_LABELS: dict[str, tuple[str, ...]] = {
    "municipality": (
        "pasvaldibas nosaukums",
        "pasvaldiba",
        "pieteicejs",
        "pieteiceja nosaukums",
        "pieteicejs pasvaldiba",
        "pasvaldibas pieteiceja nosaukums",
    ),
    "registration_no": (
        "registracijas numurs",
        "registracijas nr",
        "reg nr",
        "reg numurs",
        "registracijas kods",
        "nodoklu maksataja registracijas kods",
        "nodoklu maksataja registracijas numurs",
        "pasvaldibas registracijas numurs",
    ),
    "address": ("juridiska adrese", "adrese", "pasvaldibas adrese", "juridiska adrese adrese"),
    "planning_region": ("planosanas regions",),
    "contact_name": (
        "kontaktpersona",
        "kontaktpersonas vards uzvards",
        "atbildiga persona",
        "projekta kontaktpersona",
        "kontaktpersona atbildiga persona",
    ),
    "contact_position": ("kontaktpersonas amats",),
    "contact_phone": (
        "talrunis",
        "talr",
        "talr nr",
        "telefons",
        "talruna numurs",
        "talruna nr",
        "kontakttalrunis",
        "kontaktpersonas talrunis",
        "mobilais talrunis",
    ),
    "contact_email": (
        "e pasts",
        "epasts",
        "e pasta adrese",
        "kontaktpersonas e pasts",
        "kontaktpersonas e pasta adrese",
        "e mail",
        "email",
    ),
    "title": ("projekta nosaukums",),
    "current_measures": (
        "esosie remigracijas atbalsta pasakumi pasvaldiba",
        "esosie remigracijas atbalsta pasakumi",
    ),
    "goal": ("projekta merkis", "merkis"),
    "target_remigrants": (
        "planotais remigrantu skaits",
        "planotais atgriezusos personu skaits",
        "remigrantu skaits",
    ),
    "target_reached": ("planotais informeto personu skaits", "informeto personu skaits"),
    "total_cost_eur": ("kopejas izmaksas", "projekta kopejas izmaksas", "kopeja summa"),
    "requested_eur": (
        "pieprasitais finansejums",
        "pieprasita summa",
        "pieprasitais finansejuma apjoms",
        "pieprasita finansejuma summa",
    ),
    "cofinancing_eur": ("pasvaldibas lidzfinansejums", "lidzfinansejums"),
    "period": (
        "istenosanas periods",
        "projekta istenosanas periods",
        "projekta istenosanas laiks",
        "istenosanas termins",
    ),
    "period_start": ("sakuma datums", "projekta sakuma datums", "uzsaksanas datums"),
    "period_end": ("beigu datums", "projekta beigu datums", "pabeigsanas datums"),
    "signatory_name": ("parakstitajs", "paraksttiesiga persona"),
    "signatory_position": ("parakstitaja amats",),
    "signed_on": ("paraksta datums", "datums", "aizpildisanas datums"),
}
_KEY_OF_LABEL = {label: key for key, labels in _LABELS.items() for label in labels}

# Labels whose meaning follows from the section they stand in (annex1.md: "Amats" in 1 and 7).
# After the budget or the period (sections 5–6) only the declaration can follow.
_LATE = (5, 6, 7)
_BY_SECTION: dict[str, dict[int | None, str]] = {
    "amats": {None: "contact_position", 1: "contact_position"}
    | dict.fromkeys(_LATE, "signatory_position"),
    "ienemamais amats": {None: "contact_position", 1: "contact_position"}
    | dict.fromkeys(_LATE, "signatory_position"),
    "vards uzvards": {None: "contact_name", 1: "contact_name"}
    | dict.fromkeys(_LATE, "signatory_name"),
    "nosaukums": {1: "municipality", 2: "title"},
}
# Recognised as labels so their lines are not taken for values, but not read.
IGNORED = frozenset({"paraksts", "z v", "zimoga vieta", "nr", "nr p k", "datums un paraksts"})

_HEADINGS = {
    "informacija par pieteiceju": 1,
    "pieteicejs": 1,
    "projekta apraksts": 2,
    "planotas aktivitates": 3,
    "aktivitates": 3,
    "projekta aktivitates": 3,
    "rezultativie raditaji": 4,
    "rezultativie raditaji rezultati": 4,
    "budzets": 5,
    "projekta budzets": 5,
    "istenosanas periods": 6,
    "projekta istenosanas periods": 6,
    "apliecinajums": 7,
}

_NUMBERING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?|\d+\)|[a-z][.)]|[ivx]{1,4}\.(?=\s))(?=\s|[^\W\d_])\s*"
)  # "1.1.", "2)", "a)", and Roman "VI." (lower-cased by then)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_UNIT_WORDS = ("eur", "euro", "eiro")


@lru_cache(maxsize=4096)
def plain_words(text: str) -> str:
    """Lower case, no diacritics, words of letters and digits separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", letters).strip()


@lru_cache(maxsize=4096)
def normalise_label(text: str) -> str:
    """A label as compared: no numbering ("1.1."), hints in brackets, unit, colon, case, accents."""
    stripped = _PARENTHESES.sub(" ", text.strip().lower())
    stripped = _NUMBERING.sub("", stripped.strip())
    words = plain_words(stripped).split()
    if words[:1] == ["sadala"]:  # "1. sadaļa. Informācija par pieteicēju"
        words = words[1:]
    while words and words[-1] in _UNIT_WORDS:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=8192)
def field_for_label(text: str, section: int | None) -> str | None:
    """Key for a label text ("period" for the raw period), "" for an ignored label, else None."""
    label = normalise_label(text)
    if not label or len(label) > 80:
        return None
    if label in _BY_SECTION:
        return _BY_SECTION[label].get(section) or _BY_SECTION[label].get(None)
    if label in IGNORED:
        return ""
    return _KEY_OF_LABEL.get(label) or _loose_key(text, label.split())


# Labels of two words or more also match with a few extra lower-case words inside or after them
# ("Kopējās projekta izmaksas", "Pieprasītais finansējums no reģiona"), unless a word says the
# text is a sentence or a value follows (a capital, a digit).
_LOOSE = sorted(
    ((tuple(label.split()), key) for label, key in _KEY_OF_LABEL.items() if " " in label),
    key=lambda item: -len(item[0]),
)
_SENTENCE_WORDS = {"ir", "nav", "bija", "bus", "tiek", "tiks", "netiek", "var", "jo", "ka", "kas"}
_NOT_A_LABEL = re.compile(r"[\n@]|\.\s*$")


def _loose_key(text: str, words: list[str]) -> str | None:
    if len(words) > 8 or _SENTENCE_WORDS.intersection(words) or _NOT_A_LABEL.search(text):
        return None
    if any(char.isdigit() for char in "".join(words)):
        return None
    written = _PARENTHESES.sub(" ", text)
    capitals = {
        plain_words(word)
        for word in re.findall(r"[^\W_]+", written)
        if word[0].isupper() and not word.isupper()
    }
    found: set[str] = set()
    length = 0
    for label, key in _LOOSE:
        if len(label) < length:
            break
        extra = _extra_words(label, words)
        if extra is not None and len(extra) <= 3 and not capitals & set(extra):
            found.add(key)
            length = len(label)
    return found.pop() if len(found) == 1 else None


def _extra_words(label: tuple[str, ...], words: list[str]) -> list[str] | None:
    """The words of `words` that are not the label's, when the label is in them in order."""
    if not words or words[0] != label[0]:
        return None
    extra: list[str] = []
    position = 0
    for word in words:
        if position < len(label) and word == label[position]:
            position += 1
        else:
            extra.append(word)
    return extra if position == len(label) else None


def section_of_heading(text: str) -> int | None:
    """Section number 1–7 when the text is a section heading of the form."""
    return _HEADINGS.get(normalise_label(text)) if len(text) < 80 else None
