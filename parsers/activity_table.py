"""The activities table of Annex 1 (section 3) told by its header, in any format's blocks.

Municipalities keep the columns of annex1.md (`Nr. | Aktivitātes veids | Apraksts |
Īstenošanas laiks | Plānotās izmaksas, EUR`) but rename, add ("Atbildīgais") and merge them
under two-row headers. `activity_header` finds such a header and says which grid column holds
which attribute; `activity_from_columns` makes one `RawActivity` of a row's texts.
`parsers.layout` walks the rows.
"""

from __future__ import annotations

from parsers.blocks import Cell, RawActivity, written
from parsers.labels import activity_column, plain_words

__all__ = ["activity_from_columns", "activity_header", "header_only", "header_words"]


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
