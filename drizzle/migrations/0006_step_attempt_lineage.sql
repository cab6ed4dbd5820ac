ALTER TABLE "workflow_step_attempts" ADD COLUMN "command_topic" text;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "command_partition" integer;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "command_offset" bigint;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "replayed_from" uuid;--> statement-breakpoint
CREATE INDEX "dead_letters_key_idx" ON "dead_letters" USING btree ("key","last_failed_at" DESC NULLS LAST);