import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agency_applications_kind" AS ENUM('new-agency', 'add-representative');
  CREATE TYPE "public"."enum_users_locale" AS ENUM('sv', 'en');
  ALTER TABLE "agency_applications_interests" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_agency_applications_interests";
  CREATE TYPE "public"."enum_agency_applications_interests" AS ENUM('meetups', 'council', 'hub-seats');
  ALTER TABLE "agency_applications_interests" ALTER COLUMN "value" SET DATA TYPE "public"."enum_agency_applications_interests" USING "value"::"public"."enum_agency_applications_interests";
  DROP INDEX "agency_applications_token_idx";
  ALTER TABLE "agency_applications" ADD COLUMN "kind" "enum_agency_applications_kind" DEFAULT 'new-agency' NOT NULL;
  ALTER TABLE "agency_applications" ADD COLUMN "website" varchar;
  ALTER TABLE "agency_applications" ADD COLUMN "municipality_id" integer;
  ALTER TABLE "agency_applications" ADD COLUMN "staff_in_county" numeric;
  ALTER TABLE "agency_applications" ADD COLUMN "contact_title" varchar;
  ALTER TABLE "agency_applications" ADD COLUMN "free_mail_domain" boolean DEFAULT false;
  ALTER TABLE "agency_applications" ADD COLUMN "token_hash" varchar;
  ALTER TABLE "agency_applications" ADD COLUMN "confirm_expires_at" timestamp(3) with time zone;
  ALTER TABLE "agency_applications" ADD COLUMN "confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "agency_applications" ADD COLUMN "decision_message" varchar;
  ALTER TABLE "agency_applications" ADD COLUMN "decided_at" timestamp(3) with time zone;
  ALTER TABLE "agency_applications" ADD COLUMN "decided_by_id" integer;
  ALTER TABLE "users" ADD COLUMN "title" varchar;
  ALTER TABLE "users" ADD COLUMN "phone" varchar;
  ALTER TABLE "users" ADD COLUMN "locale" "enum_users_locale" DEFAULT 'sv';
  ALTER TABLE "innovation_council_members" ADD COLUMN "user_id" integer;
  ALTER TABLE "_innovation_council_v_version_members" ADD COLUMN "user_id" integer;
  ALTER TABLE "agency_applications" ADD CONSTRAINT "agency_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agency_applications" ADD CONSTRAINT "agency_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "innovation_council_members" ADD CONSTRAINT "innovation_council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_members" ADD CONSTRAINT "_innovation_council_v_version_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agency_applications_org_number_idx" ON "agency_applications" USING btree ("org_number");
  CREATE INDEX "agency_applications_municipality_idx" ON "agency_applications" USING btree ("municipality_id");
  CREATE INDEX "agency_applications_contact_email_idx" ON "agency_applications" USING btree ("contact_email");
  CREATE INDEX "agency_applications_status_idx" ON "agency_applications" USING btree ("status");
  CREATE INDEX "agency_applications_token_hash_idx" ON "agency_applications" USING btree ("token_hash");
  CREATE INDEX "agency_applications_purge_after_idx" ON "agency_applications" USING btree ("purge_after");
  CREATE INDEX "agency_applications_decided_by_idx" ON "agency_applications" USING btree ("decided_by_id");
  CREATE INDEX "innovation_council_members_user_idx" ON "innovation_council_members" USING btree ("user_id");
  CREATE INDEX "_innovation_council_v_version_members_user_idx" ON "_innovation_council_v_version_members" USING btree ("user_id");
  ALTER TABLE "agency_applications" DROP COLUMN "token";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agency_applications" DROP CONSTRAINT "agency_applications_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "agency_applications" DROP CONSTRAINT "agency_applications_decided_by_id_users_id_fk";
  
  ALTER TABLE "innovation_council_members" DROP CONSTRAINT "innovation_council_members_user_id_users_id_fk";
  
  ALTER TABLE "_innovation_council_v_version_members" DROP CONSTRAINT "_innovation_council_v_version_members_user_id_users_id_fk";
  
  ALTER TABLE "agency_applications_interests" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_agency_applications_interests";
  CREATE TYPE "public"."enum_agency_applications_interests" AS ENUM('network', 'meetups', 'council');
  ALTER TABLE "agency_applications_interests" ALTER COLUMN "value" SET DATA TYPE "public"."enum_agency_applications_interests" USING "value"::"public"."enum_agency_applications_interests";
  DROP INDEX "agency_applications_org_number_idx";
  DROP INDEX "agency_applications_municipality_idx";
  DROP INDEX "agency_applications_contact_email_idx";
  DROP INDEX "agency_applications_status_idx";
  DROP INDEX "agency_applications_token_hash_idx";
  DROP INDEX "agency_applications_purge_after_idx";
  DROP INDEX "agency_applications_decided_by_idx";
  DROP INDEX "innovation_council_members_user_idx";
  DROP INDEX "_innovation_council_v_version_members_user_idx";
  ALTER TABLE "agency_applications" ADD COLUMN "token" varchar;
  CREATE INDEX "agency_applications_token_idx" ON "agency_applications" USING btree ("token");
  ALTER TABLE "agency_applications" DROP COLUMN "kind";
  ALTER TABLE "agency_applications" DROP COLUMN "website";
  ALTER TABLE "agency_applications" DROP COLUMN "municipality_id";
  ALTER TABLE "agency_applications" DROP COLUMN "staff_in_county";
  ALTER TABLE "agency_applications" DROP COLUMN "contact_title";
  ALTER TABLE "agency_applications" DROP COLUMN "free_mail_domain";
  ALTER TABLE "agency_applications" DROP COLUMN "token_hash";
  ALTER TABLE "agency_applications" DROP COLUMN "confirm_expires_at";
  ALTER TABLE "agency_applications" DROP COLUMN "confirmed_at";
  ALTER TABLE "agency_applications" DROP COLUMN "decision_message";
  ALTER TABLE "agency_applications" DROP COLUMN "decided_at";
  ALTER TABLE "agency_applications" DROP COLUMN "decided_by_id";
  ALTER TABLE "users" DROP COLUMN "title";
  ALTER TABLE "users" DROP COLUMN "phone";
  ALTER TABLE "users" DROP COLUMN "locale";
  ALTER TABLE "innovation_council_members" DROP COLUMN "user_id";
  ALTER TABLE "_innovation_council_v_version_members" DROP COLUMN "user_id";
  DROP TYPE "public"."enum_agency_applications_kind";
  DROP TYPE "public"."enum_users_locale";`)
}
