import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The Postgres search engine's index: one row per public document and language, a weighted
 * tsvector over Swedish or English text search configurations that fold accents (unaccent),
 * and a trigram index on the folded title for typos. Written by hand: Payload does not model it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TEXT SEARCH CONFIGURATION coworking_sv (COPY = swedish);
  ALTER TEXT SEARCH CONFIGURATION coworking_sv ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
  CREATE TEXT SEARCH CONFIGURATION coworking_en (COPY = english);
  ALTER TEXT SEARCH CONFIGURATION coworking_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  CREATE TABLE search_documents (
    id text PRIMARY KEY,
    type text NOT NULL CHECK (type IN ('hub', 'event')),
    doc_id integer NOT NULL,
    locale text NOT NULL CHECK (locale IN ('sv', 'en')),
    slug text NOT NULL,
    title text NOT NULL,
    title_folded text NOT NULL,
    text text NOT NULL DEFAULT '',
    url text NOT NULL,
    municipality text,
    municipality_name text,
    amenities text[] NOT NULL DEFAULT '{}',
    event_type text,
    starts_at timestamptz,
    cancelled boolean NOT NULL DEFAULT false,
    lat double precision,
    lng double precision,
    updated_at timestamptz NOT NULL DEFAULT now(),
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(CASE WHEN locale = 'en' THEN 'coworking_en'::regconfig ELSE 'coworking_sv'::regconfig END, title), 'A') ||
      setweight(to_tsvector(CASE WHEN locale = 'en' THEN 'coworking_en'::regconfig ELSE 'coworking_sv'::regconfig END, text), 'B')
    ) STORED
  );
  CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv);
  CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (title_folded gin_trgm_ops);
  CREATE INDEX search_documents_doc_idx ON search_documents (type, doc_id);
  CREATE INDEX search_documents_locale_idx ON search_documents (locale, type);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS search_documents;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS coworking_sv;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS coworking_en;
  `)
}
