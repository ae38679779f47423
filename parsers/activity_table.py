"""The activities table of Annex 1 (section 3) told by its header, in any format's blocks.

Municipalities keep the columns of annex1.md (`Nr. | Aktivitātes veids | Apraksts |
Īstenošanas laiks | Plānotās izmaksas, EUR`) but rename, add ("Atbildīgais") and merge them
under two-row headers. `activity_header` finds such a header and says which grid column holds
which attribute; `activity_from_columns` makes one `RawActivity` of a row's texts.
`parsers.layout` walks the rows.
"""

from __future__ import annotations

from functools import lru_cache

from parsers.blocks import Cell, RawActivity, written
from parsers.labels import plain_words

__all__ = [
    "ACTIVITY_COLUMNS",
    "TOTAL_WORDS",
    "activity_column",
    "activity_from_columns",
    "activity_header",
    "header_only",
    "header_words",
    "is_total_row",
]

TOTAL_WORDS = frozenset({"kopa", "pavisam", "kopsumma", "summa", "kopeja", "kopejas"})


# Activity table columns: the first rule whose word stem is in the header decides.
ACTIVITY_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cost_eur", ("izmaks", "summa", "eur", "budzet")),
    ("description", ("apraksts", "saturs")),
    ("period", ("laiks", "termins", "periods", "datums", "no", "lidz", "menesis")),
    ("kind", ("veids", "aktivitate", "pasakum", "nosaukums")),
    ("nr", ("nr", "npk")),
)


@lru_cache(maxsize=4096)
def activity_column(header: str) -> str | None:
    """Which activity attribute a (possibly two-row, joined) column header names."""
    if len(header) > 80:  # a header is a few words; longer text is a value
        return None
    words = plain_words(header).split()
    for key, stems in ACTIVITY_COLUMNS:
        if any(_stem_matches(word, stem) for word in words for stem in stems):
            return key
    return None


def _stem_matches(word: str, stem: str) -> bool:
    # Short stems ("no", "nr", "eur") must be whole words, or "nosaukums" would be a date.
    return word.startswith(stem) if len(stem) > 3 else word == stem


def is_total_row(texts: list[str]) -> bool:
    """A "Kopā" / "Pavisam" row closing an activity table: a cell that says only that."""
    for text in texts:
        words = plain_words(text).split()
        if 0 < len(words) <= 3 and words[0] in TOTAL_WORDS:
            return True
    return False


def activity_header(rows: list[list[Cell]], index: int) -> tuple[dict[int, str], int] | None:
    """Grid column → activity attribute, and how many rows the header takes (one or two)."""
    top = _column_texts(rows[index])
    if len(set(top.values())) < 3:
        return None
    columns = {column: activity_column(text) for column, text in top.items()}
    keys = {key for key in columns.values() if key}
    if "cost_eur" not in keys or not keys & {"kind", "description"} or len(keys) < 3:
        return None
    if index + 1 < len(rows) and _is_subheader(rows[index + 1]):
        below = _column_texts(rows[index + 1])
        for column, text in below.items():
            columns[column] = activity_column(text) or columns.get(column)
        return {column: key for column, key in columns.items() if key}, 2
    return {column: key for column, key in columns.items() if key}, 1


def _column_texts(row: list[Cell]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for cell in row:
        if not cell.continued and written(cell.text):
            texts.update(dict.fromkeys(range(cell.column, cell.column + cell.span), cell.text))
    return texts


_HEADER_WORDS = frozenset({"eur", "euro", "eiro", "nr", "npk", "p", "k", "summa", "izmaksas"})


def header_words(rows: list[list[Cell]]) -> frozenset[str]:
    words = {word for row in rows for cell in row for word in plain_words(cell.text).split()}
    return _HEADER_WORDS | words


def header_only(texts: list[str], header: frozenset[str]) -> bool:
    words = plain_words(" ".join(texts)).split()
    return bool(words) and all(word in header and not word.isdigit() for word in words)


def _is_subheader(row: list[Cell]) -> bool:
    """The second row of a two-row header: merged cells from above, or sub-column names only."""
    texts = [cell.text for cell in row if not cell.continued and written(cell.text)]
    if not texts or any(char.isdigit() for text in texts for char in text):
        return False
    return any(cell.continued for cell in row) or all(activity_column(text) for text in texts)


def activity_from_columns(values: dict[str, list[str]], location: str) -> RawActivity:
    def joined(key: str, separator: str = " ") -> str:
        return separator.join(values.get(key, []))

    cost = values.get("cost_eur", [""])[0]  # a second cost column ("of which requested") is not it
    return RawActivity(
        joined("kind"), joined("description"), joined("period", " – "), cost, location
    )
