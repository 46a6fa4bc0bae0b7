"""`newsweave export --format csv`: the JSON export flattened into one CSV file per table.

Lists are joined with "; ", nested records spread into prefixed columns (date_value, date_text).
Article text is untrusted: a cell a spreadsheet would run as a formula (it begins with =, +, -,
@, a tab or a carriage return, and is not a plain number) gets a leading apostrophe, as OWASP
recommends against CSV injection; the csv module quotes and doubles any '"'.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

# table -> columns; a column "a_b" reads data["a"]["b"]
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "uri", "title", "published", "outlet", "origin", "languages",
                  "near_duplicates", "quality_score", "quality_findings"),
    "entities": ("id", "name", "type", "aliases", "linked", "mentions"),
    "claims": ("id", "doc", "type", "subtype", "plover", "actors", "targets", "location",
               "date_value", "date_text", "quantity_value", "quantity_unit", "quantity_approx",
               "quantity_text", "attributed_to", "modality", "evidence_start", "evidence_end",
               "evidence_lang", "evidence_text", "confidence"),
    "events": ("id", "type", "subtype", "date", "summary", "claims", "documents",
               "independent_sources", "weighted_sources", "low_quality_only", "conflicts"),
    "findings": ("id", "doc", "kind", "severity", "start", "end", "surface", "message",
                 "suggestion"),
    "decisions": ("id", "kind", "subject", "object", "note", "author", "created"),
}
_NESTED = ("date", "quantity", "evidence", "quality")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(cell: Any) -> Any:
    """A text cell that cannot start a formula ("=HYPERLINK(…)" → "'=HYPERLINK(…)")."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) \
            and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(_flat(v)) for v in value)
    if isinstance(value, dict):
        if "lang" in value and "chars" in value:
            return f"{value['lang']}:{value['chars']}"
        if "kind" in value and "message" in value:
            return f"{value['kind']}: {value['message']} [{', '.join(value.get('claims', []))}]"
        return "; ".join(f"{k}={_flat(v)}" for k, v in value.items())
    return value


def _row(table: str, record: dict) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in COLUMNS[table]:
        if col in record:
            value = record[col]
            if table == "entities" and col == "mentions":
                value = len(value or [])
        else:
            head, _, rest = col.partition("_")
            nested = record.get(head) if head in _NESTED else None
            value = nested.get(rest) if isinstance(nested, dict) else None
        out[col] = neutralise(_flat(value))
    return out


def write_csv(data: dict, directory: Path) -> list[Path]:
    """Write documents.csv, entities.csv, claims.csv, events.csv, findings.csv and
    decisions.csv."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table, columns in COLUMNS.items():
        path = directory / f"{table}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            for record in data.get(table) or ():
                w.writerow(_row(table, record))
        written.append(path)
    return written
