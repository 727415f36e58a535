import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registrations" ADD COLUMN "holder_id" integer;
  ALTER TABLE "agency_applications" ADD COLUMN "account_id" integer;
  ALTER TABLE "mail_outbox" ADD COLUMN "user_id" integer;
  ALTER TABLE "users" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "users" ADD COLUMN "email_change_token" varchar;
  ALTER TABLE "users" ADD COLUMN "email_change_expires_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_holder_id_users_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agency_applications" ADD CONSTRAINT "agency_applications_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "registrations_holder_idx" ON "registrations" USING btree ("holder_id");
  CREATE INDEX "agency_applications_account_idx" ON "agency_applications" USING btree ("account_id");
  CREATE INDEX "mail_outbox_user_idx" ON "mail_outbox" USING btree ("user_id");
  CREATE INDEX "users_email_change_token_idx" ON "users" USING btree ("email_change_token");`)
  // Link what existed before by what it meant then: a registration an account made with its
  // own address is that account's; an approved application belongs to the account made for
  // it (same address and agency); mail about a linked registration, and mail that was sent
  // because of an account, to that account.
  await db.execute(sql`
    UPDATE "registrations" r SET "holder_id" = u."id" FROM "users" u
      WHERE r."user_id" = u."id" AND lower(r."email") = lower(u."email");
    UPDATE "agency_applications" a SET "account_id" = u."id" FROM "users" u
      WHERE a."status" = 'approved' AND lower(a."contact_email") = lower(u."email") AND u."agency_id" = a."agency_id";
    UPDATE "mail_outbox" m SET "user_id" = r."holder_id" FROM "registrations" r
      WHERE m."registration_id" = r."id" AND r."holder_id" IS NOT NULL;
    UPDATE "mail_outbox" m SET "user_id" = u."id" FROM "users" u
      WHERE m."user_id" IS NULL AND lower(m."to") = lower(u."email")
        AND m."kind" IN ('password-reset', 'network-welcome', 'council-accepted', 'council-declined', 'signup-existing-account');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registrations" DROP CONSTRAINT "registrations_holder_id_users_id_fk";
  
  ALTER TABLE "agency_applications" DROP CONSTRAINT "agency_applications_account_id_users_id_fk";
  
  ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_user_id_users_id_fk";
  
  DROP INDEX "registrations_holder_idx";
  DROP INDEX "agency_applications_account_idx";
  DROP INDEX "mail_outbox_user_idx";
  DROP INDEX "users_email_change_token_idx";
  ALTER TABLE "registrations" DROP COLUMN "holder_id";
  ALTER TABLE "agency_applications" DROP COLUMN "account_id";
  ALTER TABLE "mail_outbox" DROP COLUMN "user_id";
  ALTER TABLE "users" DROP COLUMN "pending_email";
  ALTER TABLE "users" DROP COLUMN "email_change_token";
  ALTER TABLE "users" DROP COLUMN "email_change_expires_at";`)
}
