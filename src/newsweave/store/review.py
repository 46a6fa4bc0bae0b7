"""Analyst decisions: confirm or reject a claim, merge or split entities.

Decisions are stored with who made them, when and why, and are never deleted: undoing one
records when and by whom (`revoked`). Outputs read the decisions in force and honour them
(`report/review.py`); the extracted claims and entities themselves are left as they were.
The SQL lives in `review.sql` (plain SQL, shared with other back ends); `SQLiteReview` is the
SQLite implementation, mixed into `SQLiteStore`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

DecisionKind = Literal["confirm_claim", "reject_claim", "merge_entities", "split_entity"]
DECISION_KINDS: tuple[str, ...] = ("confirm_claim", "reject_claim", "merge_entities",
                                   "split_entity")
# a new decision of one of these kinds on the same subject replaces the one in force
_EXCLUSIVE = {"confirm_claim": ("confirm_claim", "reject_claim"),
              "reject_claim": ("confirm_claim", "reject_claim")}


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    kind: str  # one of DECISION_KINDS
    subject: str  # claim id; the entity kept (merge) or split
    object: str | None  # merge: the entity merged into subject; split: JSON list of surfaces
    note: str
    author: str
    created: str  # ISO 8601 UTC
    revoked: str | None = None
    revoked_by: str | None = None

    @property
    def in_force(self) -> bool:
        return self.revoked is None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The written forms a split moves to a new entity."""
        if self.kind != "split_entity" or not self.object:
            return ()
        return tuple(json.loads(self.object))


class DecisionError(ValueError):
    """A decision that cannot be recorded (unknown kind, missing subject or author)."""


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check(kind: str, subject: str, obj: str | None, author: str) -> None:
    if kind not in DECISION_KINDS:
        raise DecisionError(f"unknown decision {kind!r}; one of {', '.join(DECISION_KINDS)}")
    if not subject.strip():
        raise DecisionError("a decision needs a subject (a claim or entity id)")
    if not author.strip():
        raise DecisionError("a decision needs an author")
    if kind == "merge_entities" and (not obj or obj == subject):
        raise DecisionError("a merge needs two different entities")
    if kind == "split_entity":
        try:
            surfaces = json.loads(obj or "")
        except ValueError:
            surfaces = None
        if not isinstance(surfaces, list) or not surfaces or not all(
                isinstance(s, str) and s for s in surfaces):
            raise DecisionError("a split needs the written forms to move (a JSON list)")


_COLUMNS = "id, kind, subject, object, note, author, created, revoked, revoked_by"


class SQLiteReview:
    """Decision storage for `SQLiteStore` (uses its connection `self.db`)."""

    db: object

    def add_decision(self, kind: str, subject: str, obj: str | None = None, note: str = "",
                     author: str = "") -> Decision:
        check(kind, subject, obj, author)
        db = self.db
        created = now()
        db.execute("BEGIN IMMEDIATE")
        try:
            for other in _EXCLUSIVE.get(kind, ()):
                db.execute(
                    "UPDATE decisions SET revoked=?, revoked_by=? WHERE kind=? AND subject=?"
                    " AND revoked IS NULL", (created, author, other, subject))
            cur = db.execute(
                "INSERT INTO decisions(kind, subject, object, note, author, created)"
                " VALUES (?,?,?,?,?,?)", (kind, subject, obj, note, author, created))
            decision_id = cur.lastrowid
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return Decision(decision_id, kind, subject, obj, note, author, created)

    def revoke_decision(self, decision_id: int, author: str) -> Decision | None:
        """Undo a decision in force; None when there is no such decision in force."""
        if not author.strip():
            raise DecisionError("undoing a decision needs an author")
        cur = self.db.execute(
            "UPDATE decisions SET revoked=?, revoked_by=? WHERE id=? AND revoked IS NULL",
            (now(), author, decision_id))
        if cur.rowcount == 0:
            return None
        return self.decision(decision_id)

    def decision(self, decision_id: int) -> Decision | None:
        r = self.db.execute(f"SELECT {_COLUMNS} FROM decisions WHERE id=?",
                            (decision_id,)).fetchone()
        return Decision(*r) if r else None

    def decisions(self, in_force_only: bool = True) -> list[Decision]:
        q = f"SELECT {_COLUMNS} FROM decisions"
        if in_force_only:
            q += " WHERE revoked IS NULL"
        return [Decision(*r) for r in self.db.execute(q + " ORDER BY id")]
