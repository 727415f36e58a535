import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Counts for login and password-reset throttling (cms/auth/throttle.ts), shared by the site,
 * the CMS and all their processes. One row per key (a keyed hash of the address or e-mail,
 * never the address itself): `hits` are the counted attempts of a sliding window, `failures`
 * and `last_at` a back-off; times in ms since the epoch, from the database's clock.
 * Rows untouched for an hour are swept (`updated_at`).
 * Written by hand: Payload does not model this table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS auth_throttle (
    key text PRIMARY KEY,
    hits bigint[] NOT NULL DEFAULT '{}',
    failures integer NOT NULL DEFAULT 0,
    last_at bigint,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS auth_throttle_updated_at_idx ON auth_throttle (updated_at);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS auth_throttle;`)
}
