import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_recurrence_frequency" AS ENUM('none', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_events_recurrence_monthly_by" AS ENUM('weekday', 'date');
  CREATE TYPE "public"."enum__events_v_version_recurrence_frequency" AS ENUM('none', 'weekly', 'monthly');
  CREATE TYPE "public"."enum__events_v_version_recurrence_monthly_by" AS ENUM('weekday', 'date');
  CREATE TABLE "events_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "_events_v_version_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  ALTER TABLE "events" ADD COLUMN "recurrence_frequency" "enum_events_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "events" ADD COLUMN "recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "events" ADD COLUMN "recurrence_monthly_by" "enum_events_recurrence_monthly_by" DEFAULT 'weekday';
  ALTER TABLE "events" ADD COLUMN "recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "recurrence_count" numeric;
  ALTER TABLE "events" ADD COLUMN "series_end" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_frequency" "enum__events_v_version_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_monthly_by" "enum__events_v_version_recurrence_monthly_by" DEFAULT 'weekday';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_count" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_series_end" timestamp(3) with time zone;
  ALTER TABLE "events_recurrence_exceptions" ADD CONSTRAINT "events_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_exceptions" ADD CONSTRAINT "_events_v_version_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_recurrence_exceptions_order_idx" ON "events_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "events_recurrence_exceptions_parent_id_idx" ON "events_recurrence_exceptions" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_recurrence_exceptions_order_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_exceptions_parent_id_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_parent_id");
  CREATE INDEX "events_series_end_idx" ON "events" USING btree ("series_end");
  CREATE INDEX "_events_v_version_version_series_end_idx" ON "_events_v" USING btree ("version_series_end");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_recurrence_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_recurrence_exceptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_recurrence_exceptions" CASCADE;
  DROP TABLE "_events_v_version_recurrence_exceptions" CASCADE;
  DROP INDEX "events_series_end_idx";
  DROP INDEX "_events_v_version_version_series_end_idx";
  ALTER TABLE "events" DROP COLUMN "recurrence_frequency";
  ALTER TABLE "events" DROP COLUMN "recurrence_interval";
  ALTER TABLE "events" DROP COLUMN "recurrence_monthly_by";
  ALTER TABLE "events" DROP COLUMN "recurrence_until";
  ALTER TABLE "events" DROP COLUMN "recurrence_count";
  ALTER TABLE "events" DROP COLUMN "series_end";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_frequency";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_interval";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_monthly_by";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_until";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_count";
  ALTER TABLE "_events_v" DROP COLUMN "version_series_end";
  DROP TYPE "public"."enum_events_recurrence_frequency";
  DROP TYPE "public"."enum_events_recurrence_monthly_by";
  DROP TYPE "public"."enum__events_v_version_recurrence_frequency";
  DROP TYPE "public"."enum__events_v_version_recurrence_monthly_by";`)
}
