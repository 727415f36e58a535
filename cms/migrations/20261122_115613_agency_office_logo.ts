import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agencies" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "agencies" ADD COLUMN "logo_id" integer;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agencies_municipality_idx" ON "agencies" USING btree ("municipality_id");
  CREATE INDEX "agencies_logo_idx" ON "agencies" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agencies" DROP CONSTRAINT "agencies_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "agencies" DROP CONSTRAINT "agencies_logo_id_media_id_fk";
  
  DROP INDEX "agencies_municipality_idx";
  DROP INDEX "agencies_logo_idx";
  ALTER TABLE "agencies" DROP COLUMN "municipality_id";
  ALTER TABLE "agencies" DROP COLUMN "logo_id";`)
}
