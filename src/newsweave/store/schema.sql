-- newsweave store, schema version 1. Plain SQL shared by the SQLite and PostgreSQL back ends.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  uri TEXT NOT NULL,
  title TEXT,
  published TEXT,
  published_source TEXT,
  outlet TEXT,
  origin TEXT,
  origin_url TEXT,
  encoding TEXT,
  original_text TEXT NOT NULL,
  clean_text TEXT NOT NULL,
  offsets BLOB NOT NULL,
  languages TEXT NOT NULL,   -- JSON [[lang, chars], ...]
  sentences TEXT NOT NULL,   -- JSON list of Sentence
  removed TEXT NOT NULL,     -- JSON list of Removal
  analysis TEXT NOT NULL,    -- JSON {times: [...], quantities: [...]}
  quality REAL NOT NULL,
  minhash BLOB,
  seq INTEGER NOT NULL       -- ingestion order
);
CREATE TABLE sources (uri TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE TABLE lsh_bands (band TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE INDEX lsh_bands_band ON lsh_bands(band);
CREATE TABLE near_duplicates (
  doc_a TEXT NOT NULL, doc_b TEXT NOT NULL, similarity REAL NOT NULL,
  PRIMARY KEY (doc_a, doc_b)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
  aliases TEXT NOT NULL, linked INTEGER NOT NULL, facts TEXT NOT NULL
);
CREATE TABLE mentions (
  doc_id TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  surface TEXT NOT NULL, entity_id TEXT NOT NULL, sentence INTEGER NOT NULL,
  confidence REAL NOT NULL, how TEXT NOT NULL, title TEXT
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), type TEXT NOT NULL,
  date TEXT, data TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE findings (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
  severity TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX findings_doc ON findings(doc_id);
CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL, date TEXT, data TEXT NOT NULL);
CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events(id));
CREATE INDEX event_keys_key ON event_keys(key);
CREATE INDEX event_keys_event ON event_keys(event_id);
