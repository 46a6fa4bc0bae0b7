-- newsweave store: analyst decisions (plain SQL, shared by the SQLite and PostgreSQL back ends).
-- A decision is never deleted: undoing it sets `revoked`, so the history stays readable.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,        -- confirm_claim | reject_claim | merge_entities | split_entity
  subject TEXT NOT NULL,     -- the claim id, or the entity kept (merge) or split
  object TEXT,               -- merge: the entity merged into subject; split: JSON list of surfaces
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  created TEXT NOT NULL,     -- ISO 8601, UTC
  revoked TEXT,              -- when it was undone (NULL while it holds)
  revoked_by TEXT
);
CREATE INDEX decisions_subject ON decisions(subject);
