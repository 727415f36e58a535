import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the Postgres search engine at 10,000 items and more. The full-text (tsv) and
 * trigram (title_folded) GIN indexes exist since the search migration; what was missing:
 * - a GiST index on the position as a point, so a radius search first narrows to a bounding
 *   box through the index instead of computing the distance of every row;
 * - a (locale, type, starts_at, title) index for the listing without words (soonest first);
 * - the trigram index split by language (partial indexes), so a typo search reads and rechecks
 *   only the titles of the language asked for, and the planner has no reason to prefer the
 *   locale index and compute similarity on every row instead.
 * Written by hand: Payload does not model the search table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS search_documents_position_idx ON search_documents USING gist (point(lng, lat));
  CREATE INDEX IF NOT EXISTS search_documents_listing_idx ON search_documents (locale, type, starts_at, title);
  CREATE INDEX IF NOT EXISTS search_documents_title_trgm_sv_idx ON search_documents USING gin (title_folded gin_trgm_ops) WHERE locale = 'sv';
  CREATE INDEX IF NOT EXISTS search_documents_title_trgm_en_idx ON search_documents USING gin (title_folded gin_trgm_ops) WHERE locale = 'en';
  DROP INDEX IF EXISTS search_documents_title_trgm_idx;
  ANALYZE search_documents;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS search_documents_position_idx;
  DROP INDEX IF EXISTS search_documents_listing_idx;
  CREATE INDEX IF NOT EXISTS search_documents_title_trgm_idx ON search_documents USING gin (title_folded gin_trgm_ops);
  DROP INDEX IF EXISTS search_documents_title_trgm_sv_idx;
  DROP INDEX IF EXISTS search_documents_title_trgm_en_idx;
  `)
}
