import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_accessibility_reports_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_accessibility_reports_handling" AS ENUM('new', 'in-progress', 'resolved');
  CREATE TABLE "accessibility_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"locale" "enum_accessibility_reports_locale" DEFAULT 'sv' NOT NULL,
  	"status" "enum_accessibility_reports_handling" DEFAULT 'new' NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accessibility_reports_id" integer;
  CREATE INDEX "accessibility_reports_updated_at_idx" ON "accessibility_reports" USING btree ("updated_at");
  CREATE INDEX "accessibility_reports_created_at_idx" ON "accessibility_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accessibility_reports_fk" FOREIGN KEY ("accessibility_reports_id") REFERENCES "public"."accessibility_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_accessibility_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("accessibility_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "accessibility_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "accessibility_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_accessibility_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_accessibility_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accessibility_reports_id";
  DROP TYPE "public"."enum_accessibility_reports_locale";
  DROP TYPE "public"."enum_accessibility_reports_handling";`)
}
