import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 15 (hub photos and contact form), written by hand so it merges beside other branches:
 * - media: the `small` image size (400 px wide, for `srcset`), the columns Payload keeps per size;
 * - mail_outbox: `reply_to`, so a visitor's message to a hub can be answered directly.
 * Existing images get no `small` file until they are uploaded again; pages fall back to the
 * sizes they have.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_url" varchar;
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_width" numeric;
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_height" numeric;
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN IF NOT EXISTS "sizes_small_filename" varchar;
  CREATE INDEX IF NOT EXISTS "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  ALTER TABLE "mail_outbox" ADD COLUMN IF NOT EXISTS "reply_to" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "media_sizes_small_sizes_small_filename_idx";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_url";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_width";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_height";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_mime_type";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_filesize";
  ALTER TABLE "media" DROP COLUMN IF EXISTS "sizes_small_filename";
  ALTER TABLE "mail_outbox" DROP COLUMN IF EXISTS "reply_to";`)
}
