CREATE TABLE "dead_letter_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dead_letter_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"request_id" text,
	"client_address" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "dead_letters_status_idx";--> statement-breakpoint
ALTER TABLE "dead_letters" ADD COLUMN "replay_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dead_letters" ADD COLUMN "last_failed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "dead_letters" SET "last_failed_at" = "failed_at";--> statement-breakpoint
ALTER TABLE "dead_letter_history" ADD CONSTRAINT "dead_letter_history_dead_letter_id_dead_letters_id_fk" FOREIGN KEY ("dead_letter_id") REFERENCES "public"."dead_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dead_letter_history_letter_idx" ON "dead_letter_history" USING btree ("dead_letter_id","at");--> statement-breakpoint
CREATE INDEX "dead_letters_last_failed_idx" ON "dead_letters" USING btree ("last_failed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dead_letters_status_last_failed_idx" ON "dead_letters" USING btree ("status","last_failed_at" DESC NULLS LAST,"id" DESC NULLS LAST);