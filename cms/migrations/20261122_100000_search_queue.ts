import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Items whose Meilisearch documents could not be written (the server was down or refused).
 * One row per item, whatever happened to it: a drain recomputes the item's documents from the
 * database, so only "this item needs a push" is stored. `generation` grows on every new
 * failure, so a drain deletes a row only if nothing re-queued it while the push ran.
 * Written by hand: Payload does not model this table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE search_queue (
    type text NOT NULL CHECK (type IN ('hub', 'event')),
    doc_id integer NOT NULL,
    generation integer NOT NULL DEFAULT 1,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (type, doc_id)
  );
  CREATE INDEX search_queue_due_idx ON search_queue (next_attempt_at);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_queue;`)
}
