"""A cheap token that changes whenever what the outputs show may have changed.

The web app keeps one decoded corpus in memory and reads it again only when the token moves:
documents added, claims re-analysed, events re-fused, decisions made or undone.
"""

from __future__ import annotations


class SQLiteRevision:
    db: object

    def revision(self) -> str:
        row = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT MAX(seq) FROM documents),"
            " (SELECT MAX(rowid) FROM claims), (SELECT COUNT(*) FROM claims),"
            " (SELECT MAX(rowid) FROM events), (SELECT COUNT(*) FROM events),"
            " (SELECT MAX(id) FROM decisions), (SELECT COUNT(*) FROM decisions"
            "  WHERE revoked IS NOT NULL)").fetchone()
        return ":".join(str(x) for x in row)
