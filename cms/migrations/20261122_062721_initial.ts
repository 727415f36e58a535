import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_hubs_amenities" AS ENUM('height-adjustable-desks', 'quiet-room', 'meeting-room', 'phone-booth', 'kitchen', 'wifi', 'printer', 'parking', 'ev-charging', 'step-free-access', 'public-transport', 'access-24-7', 'video-conferencing');
  CREATE TYPE "public"."enum_hubs_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_hubs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hubs_v_version_amenities" AS ENUM('height-adjustable-desks', 'quiet-room', 'meeting-room', 'phone-booth', 'kitchen', 'wifi', 'printer', 'parking', 'ev-charging', 'step-free-access', 'public-transport', 'access-24-7', 'video-conferencing');
  CREATE TYPE "public"."enum__hubs_v_version_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__hubs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hubs_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_events_start_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_events_end_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_events_venue_kind" AS ENUM('hub', 'venue', 'online');
  CREATE TYPE "public"."enum_events_type" AS ENUM('meetup', 'fika', 'workshop', 'open-house', 'council-meeting', 'network-meeting');
  CREATE TYPE "public"."enum_events_audience" AS ENUM('public', 'network', 'council');
  CREATE TYPE "public"."enum_events_schedule_status" AS ENUM('scheduled', 'cancelled');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_start_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__events_v_version_end_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum__events_v_version_venue_kind" AS ENUM('hub', 'venue', 'online');
  CREATE TYPE "public"."enum__events_v_version_type" AS ENUM('meetup', 'fika', 'workshop', 'open-house', 'council-meeting', 'network-meeting');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('public', 'network', 'council');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_agencies_membership_status" AS ENUM('applied', 'confirmed', 'member', 'left');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('pending', 'confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_agency_applications_interests" AS ENUM('network', 'meetups', 'council');
  CREATE TYPE "public"."enum_agency_applications_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_agency_applications_status" AS ENUM('pending', 'confirmed', 'approved', 'rejected');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'community-manager', 'agency-representative');
  CREATE TYPE "public"."enum_innovation_council_members_role" AS ENUM('chair', 'member', 'secretary');
  CREATE TYPE "public"."enum_innovation_council_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__innovation_council_v_version_members_role" AS ENUM('chair', 'member', 'secretary');
  CREATE TYPE "public"."enum__innovation_council_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__innovation_council_v_published_locale" AS ENUM('sv', 'en');
  CREATE TABLE "hubs_amenities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_hubs_amenities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "hubs_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "hubs_images_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "hubs_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_hubs_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "hubs_opening_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"closed" boolean DEFAULT true,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "hubs_opening_exceptions_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "hubs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"desks" numeric,
  	"website" varchar,
  	"demo_content" boolean DEFAULT false,
  	"municipality_id" integer,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_locality" varchar,
  	"lat" numeric,
  	"lng" numeric,
  	"day_pass_price_sek" numeric,
  	"day_pass_booking_url" varchar,
  	"onboarding_contact_name" varchar,
  	"onboarding_contact_phone" varchar,
  	"onboarding_contact_email" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_hubs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "hubs_locales" (
  	"summary" varchar,
  	"description" jsonb,
  	"transit_hint" varchar,
  	"day_pass_how_to_book" varchar,
  	"onboarding_keys" varchar,
  	"onboarding_alarm" varchar,
  	"onboarding_house_rules" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "hubs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"community_managers_id" integer
  );
  
  CREATE TABLE "_hubs_v_version_amenities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__hubs_v_version_amenities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_hubs_v_version_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hubs_v_version_images_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_hubs_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__hubs_v_version_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hubs_v_version_opening_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"closed" boolean DEFAULT true,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hubs_v_version_opening_exceptions_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_hubs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_desks" numeric,
  	"version_website" varchar,
  	"version_demo_content" boolean DEFAULT false,
  	"version_municipality_id" integer,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_locality" varchar,
  	"version_lat" numeric,
  	"version_lng" numeric,
  	"version_day_pass_price_sek" numeric,
  	"version_day_pass_booking_url" varchar,
  	"version_onboarding_contact_name" varchar,
  	"version_onboarding_contact_phone" varchar,
  	"version_onboarding_contact_email" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__hubs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__hubs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_hubs_v_locales" (
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_transit_hint" varchar,
  	"version_day_pass_how_to_book" varchar,
  	"version_onboarding_keys" varchar,
  	"version_onboarding_alarm" varchar,
  	"version_onboarding_house_rules" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_hubs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"community_managers_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone,
  	"start_tz" "enum_events_start_tz" DEFAULT 'Europe/Stockholm',
  	"end" timestamp(3) with time zone,
  	"end_tz" "enum_events_end_tz" DEFAULT 'Europe/Stockholm',
  	"venue_kind" "enum_events_venue_kind" DEFAULT 'hub',
  	"hub_id" integer,
  	"venue_name" varchar,
  	"online_url" varchar,
  	"organiser" varchar,
  	"type" "enum_events_type" DEFAULT 'meetup',
  	"audience" "enum_events_audience" DEFAULT 'public',
  	"capacity" numeric,
  	"registration_required" boolean DEFAULT false,
  	"price_sek" numeric,
  	"status" "enum_events_schedule_status" DEFAULT 'scheduled',
  	"sequence" numeric DEFAULT 0,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_start" timestamp(3) with time zone,
  	"version_start_tz" "enum__events_v_version_start_tz" DEFAULT 'Europe/Stockholm',
  	"version_end" timestamp(3) with time zone,
  	"version_end_tz" "enum__events_v_version_end_tz" DEFAULT 'Europe/Stockholm',
  	"version_venue_kind" "enum__events_v_version_venue_kind" DEFAULT 'hub',
  	"version_hub_id" integer,
  	"version_venue_name" varchar,
  	"version_online_url" varchar,
  	"version_organiser" varchar,
  	"version_type" "enum__events_v_version_type" DEFAULT 'meetup',
  	"version_audience" "enum__events_v_version_audience" DEFAULT 'public',
  	"version_capacity" numeric,
  	"version_registration_required" boolean DEFAULT false,
  	"version_price_sek" numeric,
  	"version_status" "enum_events_schedule_status" DEFAULT 'scheduled',
  	"version_sequence" numeric DEFAULT 0,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "municipalities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"seat" varchar NOT NULL,
  	"road_km_to_ostersund" numeric,
  	"commuters2018_region" numeric,
  	"commuters2018_municipal" numeric,
  	"commuters2018_state" numeric,
  	"commuters2018_total" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "municipalities_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "community_managers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"photo_id" integer,
  	"email" varchar,
  	"show_email" boolean DEFAULT false,
  	"phone" varchar,
  	"show_phone" boolean DEFAULT false,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_managers_locales" (
  	"title" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"org_number" varchar NOT NULL,
  	"website" varchar,
  	"membership_status" "enum_agencies_membership_status" DEFAULT 'applied' NOT NULL,
  	"staff_in_county" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_registrations_locale" DEFAULT 'sv' NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'pending' NOT NULL,
  	"user_id" integer,
  	"agency_id" integer,
  	"token" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"purge_after" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agency_applications_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_agency_applications_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "agency_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_name" varchar NOT NULL,
  	"org_number" varchar NOT NULL,
  	"agency_id" integer,
  	"contact_name" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar,
  	"message" varchar,
  	"locale" "enum_agency_applications_locale" DEFAULT 'sv' NOT NULL,
  	"status" "enum_agency_applications_status" DEFAULT 'pending' NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"token" varchar,
  	"purge_after" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'agency-representative' NOT NULL,
  	"agency_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"hubs_id" integer,
  	"events_id" integer,
  	"municipalities_id" integer,
  	"community_managers_id" integer,
  	"agencies_id" integer,
  	"registrations_id" integer,
  	"agency_applications_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "innovation_council_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"role" "enum_innovation_council_members_role" DEFAULT 'member',
  	"agency_id" integer
  );
  
  CREATE TABLE "innovation_council_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "innovation_council_documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "innovation_council" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seats" numeric,
  	"_status" "enum_innovation_council_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "innovation_council_locales" (
  	"title" varchar,
  	"mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "innovation_council_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" integer
  );
  
  CREATE TABLE "_innovation_council_v_version_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"role" "enum__innovation_council_v_version_members_role" DEFAULT 'member',
  	"agency_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_innovation_council_v_version_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_innovation_council_v_version_documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_innovation_council_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_seats" numeric,
  	"version__status" "enum__innovation_council_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__innovation_council_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_innovation_council_v_locales" (
  	"version_title" varchar,
  	"version_mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_innovation_council_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" integer
  );
  
  ALTER TABLE "hubs_amenities" ADD CONSTRAINT "hubs_amenities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_images" ADD CONSTRAINT "hubs_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hubs_images" ADD CONSTRAINT "hubs_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_images_locales" ADD CONSTRAINT "hubs_images_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_opening_hours" ADD CONSTRAINT "hubs_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_opening_exceptions" ADD CONSTRAINT "hubs_opening_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_opening_exceptions_locales" ADD CONSTRAINT "hubs_opening_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs_opening_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs" ADD CONSTRAINT "hubs_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hubs_locales" ADD CONSTRAINT "hubs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_rels" ADD CONSTRAINT "hubs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hubs_rels" ADD CONSTRAINT "hubs_rels_community_managers_fk" FOREIGN KEY ("community_managers_id") REFERENCES "public"."community_managers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_amenities" ADD CONSTRAINT "_hubs_v_version_amenities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_images" ADD CONSTRAINT "_hubs_v_version_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_images" ADD CONSTRAINT "_hubs_v_version_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_images_locales" ADD CONSTRAINT "_hubs_v_version_images_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v_version_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_opening_hours" ADD CONSTRAINT "_hubs_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_opening_exceptions" ADD CONSTRAINT "_hubs_v_version_opening_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_version_opening_exceptions_locales" ADD CONSTRAINT "_hubs_v_version_opening_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v_version_opening_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v" ADD CONSTRAINT "_hubs_v_parent_id_hubs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hubs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hubs_v" ADD CONSTRAINT "_hubs_v_version_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hubs_v_locales" ADD CONSTRAINT "_hubs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_rels" ADD CONSTRAINT "_hubs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hubs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hubs_v_rels" ADD CONSTRAINT "_hubs_v_rels_community_managers_fk" FOREIGN KEY ("community_managers_id") REFERENCES "public"."community_managers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_hub_id_hubs_id_fk" FOREIGN KEY ("version_hub_id") REFERENCES "public"."hubs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_locales" ADD CONSTRAINT "municipalities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_managers" ADD CONSTRAINT "community_managers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_managers" ADD CONSTRAINT "community_managers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_managers_locales" ADD CONSTRAINT "community_managers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."community_managers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agency_applications_interests" ADD CONSTRAINT "agency_applications_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agency_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_applications" ADD CONSTRAINT "agency_applications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hubs_fk" FOREIGN KEY ("hubs_id") REFERENCES "public"."hubs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_managers_fk" FOREIGN KEY ("community_managers_id") REFERENCES "public"."community_managers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agency_applications_fk" FOREIGN KEY ("agency_applications_id") REFERENCES "public"."agency_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_members" ADD CONSTRAINT "innovation_council_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "innovation_council_members" ADD CONSTRAINT "innovation_council_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."innovation_council"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_documents" ADD CONSTRAINT "innovation_council_documents_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "innovation_council_documents" ADD CONSTRAINT "innovation_council_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."innovation_council"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_documents_locales" ADD CONSTRAINT "innovation_council_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."innovation_council_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_locales" ADD CONSTRAINT "innovation_council_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."innovation_council"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_rels" ADD CONSTRAINT "innovation_council_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."innovation_council"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "innovation_council_rels" ADD CONSTRAINT "innovation_council_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_members" ADD CONSTRAINT "_innovation_council_v_version_members_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_members" ADD CONSTRAINT "_innovation_council_v_version_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_innovation_council_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_documents" ADD CONSTRAINT "_innovation_council_v_version_documents_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_documents" ADD CONSTRAINT "_innovation_council_v_version_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_innovation_council_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_version_documents_locales" ADD CONSTRAINT "_innovation_council_v_version_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_innovation_council_v_version_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_locales" ADD CONSTRAINT "_innovation_council_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_innovation_council_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_rels" ADD CONSTRAINT "_innovation_council_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_innovation_council_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_innovation_council_v_rels" ADD CONSTRAINT "_innovation_council_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "hubs_amenities_order_idx" ON "hubs_amenities" USING btree ("order");
  CREATE INDEX "hubs_amenities_parent_idx" ON "hubs_amenities" USING btree ("parent_id");
  CREATE INDEX "hubs_images_order_idx" ON "hubs_images" USING btree ("_order");
  CREATE INDEX "hubs_images_parent_id_idx" ON "hubs_images" USING btree ("_parent_id");
  CREATE INDEX "hubs_images_image_idx" ON "hubs_images" USING btree ("image_id");
  CREATE UNIQUE INDEX "hubs_images_locales_locale_parent_id_unique" ON "hubs_images_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hubs_opening_hours_order_idx" ON "hubs_opening_hours" USING btree ("_order");
  CREATE INDEX "hubs_opening_hours_parent_id_idx" ON "hubs_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "hubs_opening_exceptions_order_idx" ON "hubs_opening_exceptions" USING btree ("_order");
  CREATE INDEX "hubs_opening_exceptions_parent_id_idx" ON "hubs_opening_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "hubs_opening_exceptions_locales_locale_parent_id_unique" ON "hubs_opening_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hubs_municipality_idx" ON "hubs" USING btree ("municipality_id");
  CREATE UNIQUE INDEX "hubs_slug_idx" ON "hubs" USING btree ("slug");
  CREATE INDEX "hubs_updated_at_idx" ON "hubs" USING btree ("updated_at");
  CREATE INDEX "hubs_created_at_idx" ON "hubs" USING btree ("created_at");
  CREATE INDEX "hubs__status_idx" ON "hubs" USING btree ("_status");
  CREATE UNIQUE INDEX "hubs_locales_locale_parent_id_unique" ON "hubs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hubs_rels_order_idx" ON "hubs_rels" USING btree ("order");
  CREATE INDEX "hubs_rels_parent_idx" ON "hubs_rels" USING btree ("parent_id");
  CREATE INDEX "hubs_rels_path_idx" ON "hubs_rels" USING btree ("path");
  CREATE INDEX "hubs_rels_community_managers_id_idx" ON "hubs_rels" USING btree ("community_managers_id");
  CREATE INDEX "_hubs_v_version_amenities_order_idx" ON "_hubs_v_version_amenities" USING btree ("order");
  CREATE INDEX "_hubs_v_version_amenities_parent_idx" ON "_hubs_v_version_amenities" USING btree ("parent_id");
  CREATE INDEX "_hubs_v_version_images_order_idx" ON "_hubs_v_version_images" USING btree ("_order");
  CREATE INDEX "_hubs_v_version_images_parent_id_idx" ON "_hubs_v_version_images" USING btree ("_parent_id");
  CREATE INDEX "_hubs_v_version_images_image_idx" ON "_hubs_v_version_images" USING btree ("image_id");
  CREATE UNIQUE INDEX "_hubs_v_version_images_locales_locale_parent_id_unique" ON "_hubs_v_version_images_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_hubs_v_version_opening_hours_order_idx" ON "_hubs_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_hubs_v_version_opening_hours_parent_id_idx" ON "_hubs_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_hubs_v_version_opening_exceptions_order_idx" ON "_hubs_v_version_opening_exceptions" USING btree ("_order");
  CREATE INDEX "_hubs_v_version_opening_exceptions_parent_id_idx" ON "_hubs_v_version_opening_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_hubs_v_version_opening_exceptions_locales_locale_parent_id_" ON "_hubs_v_version_opening_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_hubs_v_parent_idx" ON "_hubs_v" USING btree ("parent_id");
  CREATE INDEX "_hubs_v_version_version_municipality_idx" ON "_hubs_v" USING btree ("version_municipality_id");
  CREATE INDEX "_hubs_v_version_version_slug_idx" ON "_hubs_v" USING btree ("version_slug");
  CREATE INDEX "_hubs_v_version_version_updated_at_idx" ON "_hubs_v" USING btree ("version_updated_at");
  CREATE INDEX "_hubs_v_version_version_created_at_idx" ON "_hubs_v" USING btree ("version_created_at");
  CREATE INDEX "_hubs_v_version_version__status_idx" ON "_hubs_v" USING btree ("version__status");
  CREATE INDEX "_hubs_v_created_at_idx" ON "_hubs_v" USING btree ("created_at");
  CREATE INDEX "_hubs_v_updated_at_idx" ON "_hubs_v" USING btree ("updated_at");
  CREATE INDEX "_hubs_v_snapshot_idx" ON "_hubs_v" USING btree ("snapshot");
  CREATE INDEX "_hubs_v_published_locale_idx" ON "_hubs_v" USING btree ("published_locale");
  CREATE INDEX "_hubs_v_latest_idx" ON "_hubs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_hubs_v_locales_locale_parent_id_unique" ON "_hubs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_hubs_v_rels_order_idx" ON "_hubs_v_rels" USING btree ("order");
  CREATE INDEX "_hubs_v_rels_parent_idx" ON "_hubs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_hubs_v_rels_path_idx" ON "_hubs_v_rels" USING btree ("path");
  CREATE INDEX "_hubs_v_rels_community_managers_id_idx" ON "_hubs_v_rels" USING btree ("community_managers_id");
  CREATE INDEX "events_start_idx" ON "events" USING btree ("start");
  CREATE INDEX "events_hub_idx" ON "events" USING btree ("hub_id");
  CREATE INDEX "events_audience_idx" ON "events" USING btree ("audience");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_start_idx" ON "_events_v" USING btree ("version_start");
  CREATE INDEX "_events_v_version_version_hub_idx" ON "_events_v" USING btree ("version_hub_id");
  CREATE INDEX "_events_v_version_version_audience_idx" ON "_events_v" USING btree ("version_audience");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "municipalities_slug_idx" ON "municipalities" USING btree ("slug");
  CREATE UNIQUE INDEX "municipalities_code_idx" ON "municipalities" USING btree ("code");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  CREATE UNIQUE INDEX "municipalities_locales_locale_parent_id_unique" ON "municipalities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "community_managers_photo_idx" ON "community_managers" USING btree ("photo_id");
  CREATE UNIQUE INDEX "community_managers_user_idx" ON "community_managers" USING btree ("user_id");
  CREATE INDEX "community_managers_updated_at_idx" ON "community_managers" USING btree ("updated_at");
  CREATE INDEX "community_managers_created_at_idx" ON "community_managers" USING btree ("created_at");
  CREATE UNIQUE INDEX "community_managers_locales_locale_parent_id_unique" ON "community_managers_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");
  CREATE UNIQUE INDEX "agencies_org_number_idx" ON "agencies" USING btree ("org_number");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id");
  CREATE INDEX "registrations_agency_idx" ON "registrations" USING btree ("agency_id");
  CREATE INDEX "registrations_token_idx" ON "registrations" USING btree ("token");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE INDEX "agency_applications_interests_order_idx" ON "agency_applications_interests" USING btree ("order");
  CREATE INDEX "agency_applications_interests_parent_idx" ON "agency_applications_interests" USING btree ("parent_id");
  CREATE INDEX "agency_applications_agency_idx" ON "agency_applications" USING btree ("agency_id");
  CREATE INDEX "agency_applications_token_idx" ON "agency_applications" USING btree ("token");
  CREATE INDEX "agency_applications_updated_at_idx" ON "agency_applications" USING btree ("updated_at");
  CREATE INDEX "agency_applications_created_at_idx" ON "agency_applications" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_hubs_id_idx" ON "payload_locked_documents_rels" USING btree ("hubs_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");
  CREATE INDEX "payload_locked_documents_rels_community_managers_id_idx" ON "payload_locked_documents_rels" USING btree ("community_managers_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_agency_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("agency_applications_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "innovation_council_members_order_idx" ON "innovation_council_members" USING btree ("_order");
  CREATE INDEX "innovation_council_members_parent_id_idx" ON "innovation_council_members" USING btree ("_parent_id");
  CREATE INDEX "innovation_council_members_agency_idx" ON "innovation_council_members" USING btree ("agency_id");
  CREATE INDEX "innovation_council_documents_order_idx" ON "innovation_council_documents" USING btree ("_order");
  CREATE INDEX "innovation_council_documents_parent_id_idx" ON "innovation_council_documents" USING btree ("_parent_id");
  CREATE INDEX "innovation_council_documents_file_idx" ON "innovation_council_documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "innovation_council_documents_locales_locale_parent_id_unique" ON "innovation_council_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "innovation_council__status_idx" ON "innovation_council" USING btree ("_status");
  CREATE UNIQUE INDEX "innovation_council_locales_locale_parent_id_unique" ON "innovation_council_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "innovation_council_rels_order_idx" ON "innovation_council_rels" USING btree ("order");
  CREATE INDEX "innovation_council_rels_parent_idx" ON "innovation_council_rels" USING btree ("parent_id");
  CREATE INDEX "innovation_council_rels_path_idx" ON "innovation_council_rels" USING btree ("path");
  CREATE INDEX "innovation_council_rels_events_id_idx" ON "innovation_council_rels" USING btree ("events_id");
  CREATE INDEX "_innovation_council_v_version_members_order_idx" ON "_innovation_council_v_version_members" USING btree ("_order");
  CREATE INDEX "_innovation_council_v_version_members_parent_id_idx" ON "_innovation_council_v_version_members" USING btree ("_parent_id");
  CREATE INDEX "_innovation_council_v_version_members_agency_idx" ON "_innovation_council_v_version_members" USING btree ("agency_id");
  CREATE INDEX "_innovation_council_v_version_documents_order_idx" ON "_innovation_council_v_version_documents" USING btree ("_order");
  CREATE INDEX "_innovation_council_v_version_documents_parent_id_idx" ON "_innovation_council_v_version_documents" USING btree ("_parent_id");
  CREATE INDEX "_innovation_council_v_version_documents_file_idx" ON "_innovation_council_v_version_documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "_innovation_council_v_version_documents_locales_locale_paren" ON "_innovation_council_v_version_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_innovation_council_v_version_version__status_idx" ON "_innovation_council_v" USING btree ("version__status");
  CREATE INDEX "_innovation_council_v_created_at_idx" ON "_innovation_council_v" USING btree ("created_at");
  CREATE INDEX "_innovation_council_v_updated_at_idx" ON "_innovation_council_v" USING btree ("updated_at");
  CREATE INDEX "_innovation_council_v_snapshot_idx" ON "_innovation_council_v" USING btree ("snapshot");
  CREATE INDEX "_innovation_council_v_published_locale_idx" ON "_innovation_council_v" USING btree ("published_locale");
  CREATE INDEX "_innovation_council_v_latest_idx" ON "_innovation_council_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_innovation_council_v_locales_locale_parent_id_unique" ON "_innovation_council_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_innovation_council_v_rels_order_idx" ON "_innovation_council_v_rels" USING btree ("order");
  CREATE INDEX "_innovation_council_v_rels_parent_idx" ON "_innovation_council_v_rels" USING btree ("parent_id");
  CREATE INDEX "_innovation_council_v_rels_path_idx" ON "_innovation_council_v_rels" USING btree ("path");
  CREATE INDEX "_innovation_council_v_rels_events_id_idx" ON "_innovation_council_v_rels" USING btree ("events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "hubs_amenities" CASCADE;
  DROP TABLE "hubs_images" CASCADE;
  DROP TABLE "hubs_images_locales" CASCADE;
  DROP TABLE "hubs_opening_hours" CASCADE;
  DROP TABLE "hubs_opening_exceptions" CASCADE;
  DROP TABLE "hubs_opening_exceptions_locales" CASCADE;
  DROP TABLE "hubs" CASCADE;
  DROP TABLE "hubs_locales" CASCADE;
  DROP TABLE "hubs_rels" CASCADE;
  DROP TABLE "_hubs_v_version_amenities" CASCADE;
  DROP TABLE "_hubs_v_version_images" CASCADE;
  DROP TABLE "_hubs_v_version_images_locales" CASCADE;
  DROP TABLE "_hubs_v_version_opening_hours" CASCADE;
  DROP TABLE "_hubs_v_version_opening_exceptions" CASCADE;
  DROP TABLE "_hubs_v_version_opening_exceptions_locales" CASCADE;
  DROP TABLE "_hubs_v" CASCADE;
  DROP TABLE "_hubs_v_locales" CASCADE;
  DROP TABLE "_hubs_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "municipalities" CASCADE;
  DROP TABLE "municipalities_locales" CASCADE;
  DROP TABLE "community_managers" CASCADE;
  DROP TABLE "community_managers_locales" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "agency_applications_interests" CASCADE;
  DROP TABLE "agency_applications" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "innovation_council_members" CASCADE;
  DROP TABLE "innovation_council_documents" CASCADE;
  DROP TABLE "innovation_council_documents_locales" CASCADE;
  DROP TABLE "innovation_council" CASCADE;
  DROP TABLE "innovation_council_locales" CASCADE;
  DROP TABLE "innovation_council_rels" CASCADE;
  DROP TABLE "_innovation_council_v_version_members" CASCADE;
  DROP TABLE "_innovation_council_v_version_documents" CASCADE;
  DROP TABLE "_innovation_council_v_version_documents_locales" CASCADE;
  DROP TABLE "_innovation_council_v" CASCADE;
  DROP TABLE "_innovation_council_v_locales" CASCADE;
  DROP TABLE "_innovation_council_v_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_hubs_amenities";
  DROP TYPE "public"."enum_hubs_opening_hours_day";
  DROP TYPE "public"."enum_hubs_status";
  DROP TYPE "public"."enum__hubs_v_version_amenities";
  DROP TYPE "public"."enum__hubs_v_version_opening_hours_day";
  DROP TYPE "public"."enum__hubs_v_version_status";
  DROP TYPE "public"."enum__hubs_v_published_locale";
  DROP TYPE "public"."enum_events_start_tz";
  DROP TYPE "public"."enum_events_end_tz";
  DROP TYPE "public"."enum_events_venue_kind";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum_events_schedule_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_start_tz";
  DROP TYPE "public"."enum__events_v_version_end_tz";
  DROP TYPE "public"."enum__events_v_version_venue_kind";
  DROP TYPE "public"."enum__events_v_version_type";
  DROP TYPE "public"."enum__events_v_version_audience";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_agencies_membership_status";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_agency_applications_interests";
  DROP TYPE "public"."enum_agency_applications_locale";
  DROP TYPE "public"."enum_agency_applications_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_innovation_council_members_role";
  DROP TYPE "public"."enum_innovation_council_status";
  DROP TYPE "public"."enum__innovation_council_v_version_members_role";
  DROP TYPE "public"."enum__innovation_council_v_version_status";
  DROP TYPE "public"."enum__innovation_council_v_published_locale";`)
}
