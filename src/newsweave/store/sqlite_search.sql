-- newsweave store (SQLite only): full-text search over documents and claims in every script.
-- FTS5's trigram tokenizer indexes every three characters, so Korean, Japanese, Chinese and
-- Arabic need no word splitter; triggers keep the indexes in step with the tables.
CREATE VIRTUAL TABLE search_documents USING fts5(
  title, clean_text, content='documents', content_rowid='rowid', tokenize='trigram'
);
INSERT INTO search_documents(search_documents) VALUES ('rebuild');
CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
  INSERT INTO search_documents(rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;
CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
  INSERT INTO search_documents(search_documents, rowid, title, clean_text)
  VALUES ('delete', old.rowid, old.title, old.clean_text);
END;
CREATE TRIGGER search_documents_update AFTER UPDATE OF title, clean_text ON documents BEGIN
  INSERT INTO search_documents(search_documents, rowid, title, clean_text)
  VALUES ('delete', old.rowid, old.title, old.clean_text);
  INSERT INTO search_documents(rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;
CREATE VIRTUAL TABLE search_claims USING fts5(
  text, claim_id UNINDEXED, doc_id UNINDEXED, tokenize='trigram'
);
INSERT INTO search_claims(rowid, text, claim_id, doc_id)
  SELECT rowid, json_extract(data, '$.text'), id, doc_id FROM claims;
CREATE TRIGGER search_claims_insert AFTER INSERT ON claims BEGIN
  INSERT INTO search_claims(rowid, text, claim_id, doc_id)
  VALUES (new.rowid, json_extract(new.data, '$.text'), new.id, new.doc_id);
END;
CREATE TRIGGER search_claims_delete AFTER DELETE ON claims BEGIN
  DELETE FROM search_claims WHERE rowid = old.rowid;
END;
