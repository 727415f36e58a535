import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the Postgres search engine at 10,000 items and more. The full-text (tsv) and
 * trigram (title_folded) GIN indexes exist since the search migration; what was missing:
 * - a GiST index on the position as a point, so a radius search first narrows to a bounding
 *   box through the index instead of computing the distance of every row;
 * - a (locale, starts_at, title) index for the listing without words (soonest first).
 * Written by hand: Payload does not model the search table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS search_documents_position_idx ON search_documents USING gist (point(lng, lat));
  CREATE INDEX IF NOT EXISTS search_documents_listing_idx ON search_documents (locale, type, starts_at, title);
  ANALYZE search_documents;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS search_documents_position_idx;
  DROP INDEX IF EXISTS search_documents_listing_idx;
  `)
}
