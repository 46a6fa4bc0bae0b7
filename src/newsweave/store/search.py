"""Full-text search over documents and claims, in every script.

`SQLiteSearch` (mixed into `SQLiteStore`) reads the FTS5 trigram indexes that
`sqlite_search.sql` creates: a query of three or more characters per word uses the index;
shorter words (a two-syllable Korean word) fall back to a substring scan of the same tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextHit:
    kind: str  # "document" or "claim"
    id: str  # the document's or the claim's id
    doc: str
    title: str | None
    text: str  # a claim's sentence, or a document's text


def terms(query: str) -> list[str]:
    """The words of a query, normalised as the stored text is (NFKC)."""
    return [t for t in unicodedata.normalize("NFKC", query).split() if t]


def _match(words: list[str]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like(word: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"


class SQLiteSearch:
    db: object

    def search_text(self, query: str, limit: int = 50) -> list[TextHit]:
        """Documents (by title or text) and claims containing every word of `query`."""
        words = terms(query)
        if not words:
            return []
        if all(len(w) >= 3 for w in words):
            where, args = "search_documents MATCH ?", [_match(words)]
            cwhere, cargs = "search_claims MATCH ?", [_match(words)]
            order = " ORDER BY rank"
        else:
            one = ("(search_documents.title LIKE ? ESCAPE '\\'"
                   " OR search_documents.clean_text LIKE ? ESCAPE '\\')")
            where = " AND ".join(one for _ in words)
            args = [x for w in words for x in (_like(w), _like(w))]
            cwhere = " AND ".join("text LIKE ? ESCAPE '\\'" for _ in words)
            cargs = [_like(w) for w in words]
            order = ""
        docs = self.db.execute(
            "SELECT d.id, d.title, d.clean_text FROM search_documents"
            " JOIN documents d ON d.rowid = search_documents.rowid"
            f" WHERE {where}{order} LIMIT ?", (*args, limit)).fetchall()
        claims = self.db.execute(
            "SELECT claim_id, doc_id, text FROM search_claims"
            f" WHERE {cwhere}{order} LIMIT ?", (*cargs, limit)).fetchall()
        titles = {}
        if claims:
            ids = sorted({r[1] for r in claims})
            marks = ",".join("?" * len(ids))
            titles = dict(self.db.execute(
                f"SELECT id, title FROM documents WHERE id IN ({marks})", ids).fetchall())
        return ([TextHit("document", r[0], r[0], r[1], r[2]) for r in docs]
                + [TextHit("claim", r[0], r[1], titles.get(r[1]), r[2]) for r in claims])
