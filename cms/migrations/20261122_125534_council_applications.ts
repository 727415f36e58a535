import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_council_applications_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TABLE "council_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"organisation" varchar NOT NULL,
  	"agency_id" integer,
  	"motivation" varchar NOT NULL,
  	"contribution" varchar NOT NULL,
  	"status" "enum_council_applications_status" DEFAULT 'pending' NOT NULL,
  	"decision_message" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "council_applications_id" integer;
  ALTER TABLE "council_applications" ADD CONSTRAINT "council_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_applications" ADD CONSTRAINT "council_applications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_applications" ADD CONSTRAINT "council_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "council_applications_user_idx" ON "council_applications" USING btree ("user_id");
  CREATE INDEX "council_applications_agency_idx" ON "council_applications" USING btree ("agency_id");
  CREATE INDEX "council_applications_status_idx" ON "council_applications" USING btree ("status");
  CREATE INDEX "council_applications_decided_by_idx" ON "council_applications" USING btree ("decided_by_id");
  CREATE INDEX "council_applications_updated_at_idx" ON "council_applications" USING btree ("updated_at");
  CREATE INDEX "council_applications_created_at_idx" ON "council_applications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_council_applications_fk" FOREIGN KEY ("council_applications_id") REFERENCES "public"."council_applications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_council_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("council_applications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "council_applications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "council_applications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_council_applications_fk";
  
  DROP INDEX "payload_locked_documents_rels_council_applications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "council_applications_id";
  DROP TYPE "public"."enum_council_applications_status";`)
}
