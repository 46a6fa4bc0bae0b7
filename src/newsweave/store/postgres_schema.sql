-- newsweave store, schema version 1, for PostgreSQL: schema.sql's tables in PostgreSQL's types
-- (BLOB is BYTEA, REAL is DOUBLE PRECISION). Tables whose rows are read back in the order they
-- were written get the `rowid` SQLite gives every row. Text that outputs are sorted by is
-- compared by code point (COLLATE "C"), as SQLite compares it, whatever the database's locale.
-- tests/store/test_postgres.py keeps the columns in step with schema.sql.
CREATE TABLE documents (
  id TEXT COLLATE "C" PRIMARY KEY,
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
  offsets BYTEA NOT NULL,
  languages TEXT NOT NULL,
  sentences TEXT NOT NULL,
  removed TEXT NOT NULL,
  analysis TEXT NOT NULL,
  quality DOUBLE PRECISION NOT NULL,
  minhash BYTEA,
  seq INTEGER NOT NULL
);
CREATE TABLE sources (uri TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE TABLE lsh_bands (band TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE INDEX lsh_bands_band ON lsh_bands(band);
CREATE TABLE near_duplicates (
  doc_a TEXT NOT NULL, doc_b TEXT NOT NULL, similarity DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (doc_a, doc_b)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, type TEXT NOT NULL,
  aliases TEXT NOT NULL, linked INTEGER NOT NULL, facts TEXT NOT NULL
);
CREATE TABLE mentions (
  doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, surface TEXT NOT NULL, entity_id TEXT NOT NULL,
  sentence INTEGER NOT NULL, confidence DOUBLE PRECISION NOT NULL, how TEXT NOT NULL, title TEXT,
  rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), type TEXT NOT NULL,
  date TEXT, data TEXT NOT NULL, rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE findings (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
  severity TEXT NOT NULL, data TEXT NOT NULL, rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX findings_doc ON findings(doc_id);
CREATE TABLE events (
  id TEXT COLLATE "C" PRIMARY KEY, type TEXT NOT NULL, date TEXT COLLATE "C", data TEXT NOT NULL,
  rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events(id));
CREATE INDEX event_keys_key ON event_keys(key);
CREATE INDEX event_keys_event ON event_keys(event_id);
