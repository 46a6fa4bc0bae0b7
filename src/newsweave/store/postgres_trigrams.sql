-- newsweave store, PostgreSQL: trigram indexes for search (store/postgres.py `search_text`),
-- created when the pg_trgm extension can be; they serve ILIKE '%word%' in every script.
CREATE INDEX documents_text_trigrams ON documents USING gin (clean_text gin_trgm_ops);
CREATE INDEX documents_title_trigrams ON documents USING gin (title gin_trgm_ops);
CREATE INDEX claims_text_trigrams ON claims USING gin ((data::jsonb ->> 'text') gin_trgm_ops);
