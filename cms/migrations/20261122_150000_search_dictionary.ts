import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The Postgres search engine's dictionary of known words, for typos (cms/search/typos.ts):
 * - `search_documents.words`: the folded words of a document's title and municipality, written
 *   by the engine on every upsert;
 * - `search_words`: each word once per language with the number of documents that have it,
 *   kept by statement triggers on search_documents (inserts, upserts, deletes, and a rebuild's
 *   clear), and dropped when no document has it any more. A trigram GiST index per language
 *   finds the known words nearest a misspelt one (`<->>`, ordered, with a LIMIT), so a typo
 *   becomes a correction and the search runs on full text again, instead of trigram matching
 *   every title in the language;
 * - the full-text index split by language (partial indexes), so a search reads only the rows of
 *   the language asked for;
 * - no pending list on the GIN indexes (`fastupdate = off`): with it, new entries wait in an
 *   unsorted list that every search scans in full until a vacuum merges them. After a reindex
 *   of 10,000 items that made a full-text lookup with no hits take 9 ms instead of 0.5 ms.
 *   Writes here are editors' saves and reindexes, rare next to searches.
 * Existing rows get their words here, split by the database (letters and digits, as the
 * engine's own tokenizer); `npm run search:reindex` rewrites them through the engine.
 * Written by hand: Payload does not model the search tables.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS words text[] NOT NULL DEFAULT '{}';
  CREATE TABLE IF NOT EXISTS search_words (
    locale text NOT NULL CHECK (locale IN ('sv', 'en')),
    word text NOT NULL,
    documents integer NOT NULL,
    PRIMARY KEY (locale, word)
  );
  CREATE INDEX IF NOT EXISTS search_words_trgm_sv_idx ON search_words USING gist (word gist_trgm_ops) WHERE locale = 'sv';
  CREATE INDEX IF NOT EXISTS search_words_trgm_en_idx ON search_words USING gist (word gist_trgm_ops) WHERE locale = 'en';

  -- Counts change in one statement per direction, in (locale, word) order, so two saves at once
  -- lock shared words in the same order and cannot deadlock.
  CREATE OR REPLACE FUNCTION search_words_count() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO search_words AS w (locale, word, documents)
      SELECT o.locale, word, -count(*)::int FROM old_rows o, unnest(o.words) AS word GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (locale, word) DO UPDATE SET documents = w.documents + EXCLUDED.documents;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO search_words AS w (locale, word, documents)
      SELECT n.locale, word, count(*)::int FROM new_rows n, unnest(n.words) AS word GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (locale, word) DO UPDATE SET documents = w.documents + EXCLUDED.documents;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM search_words w USING (SELECT DISTINCT o.locale, unnest(o.words) AS word FROM old_rows o) gone
      WHERE w.locale = gone.locale AND w.word = gone.word AND w.documents <= 0;
    END IF;
    RETURN NULL;
  END
  $fn$;
  DROP TRIGGER IF EXISTS search_words_insert ON search_documents;
  DROP TRIGGER IF EXISTS search_words_update ON search_documents;
  DROP TRIGGER IF EXISTS search_words_delete ON search_documents;
  CREATE TRIGGER search_words_insert AFTER INSERT ON search_documents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();
  CREATE TRIGGER search_words_update AFTER UPDATE ON search_documents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();
  CREATE TRIGGER search_words_delete AFTER DELETE ON search_documents
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_count();

  UPDATE search_documents SET words = ARRAY(
    SELECT DISTINCT w FROM regexp_split_to_table(title_folded || ' ' || lower(unaccent(coalesce(municipality_name, ''))), '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 40 AND w ~ '[^0-9]' ORDER BY w);

  CREATE INDEX IF NOT EXISTS search_documents_tsv_sv_idx ON search_documents USING gin (tsv) WITH (fastupdate = off) WHERE locale = 'sv';
  CREATE INDEX IF NOT EXISTS search_documents_tsv_en_idx ON search_documents USING gin (tsv) WITH (fastupdate = off) WHERE locale = 'en';
  DROP INDEX IF EXISTS search_documents_tsv_idx;
  ALTER INDEX search_documents_title_trgm_sv_idx SET (fastupdate = off);
  ALTER INDEX search_documents_title_trgm_en_idx SET (fastupdate = off);
  SELECT gin_clean_pending_list('search_documents_title_trgm_sv_idx'::regclass), gin_clean_pending_list('search_documents_title_trgm_en_idx'::regclass);
  ANALYZE search_documents;
  ANALYZE search_words;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS search_words_insert ON search_documents;
  DROP TRIGGER IF EXISTS search_words_update ON search_documents;
  DROP TRIGGER IF EXISTS search_words_delete ON search_documents;
  DROP FUNCTION IF EXISTS search_words_count();
  DROP TABLE IF EXISTS search_words;
  ALTER TABLE search_documents DROP COLUMN IF EXISTS words;
  CREATE INDEX IF NOT EXISTS search_documents_tsv_idx ON search_documents USING gin (tsv);
  DROP INDEX IF EXISTS search_documents_tsv_sv_idx;
  DROP INDEX IF EXISTS search_documents_tsv_en_idx;
  `)
}
