import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A registration names the occurrence of a recurring event it is for: its Stockholm date
 * (`registrations.occurrence`, the text field of that name; null for a single event).
 * Written by hand so it merges beside other branches' migrations; the column is what
 * Payload's postgres adapter makes for a text field.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "registrations" ADD COLUMN IF NOT EXISTS "occurrence" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "registrations" DROP COLUMN IF EXISTS "occurrence";`)
}
