ALTER TABLE "tasks" ALTER COLUMN "status" SET DEFAULT 'pending';--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "error_class" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "error_message" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "error_retryable" boolean;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "error_class" text;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "error_message" text;--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" ADD COLUMN "error_retryable" boolean;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "error_class" text;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "error_message" text;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "error_retryable" boolean;--> statement-breakpoint
-- Tasks speak the engine's vocabulary; the API keeps showing seed 000's words.
UPDATE "tasks" SET "status" = CASE "status" WHEN 'queued' THEN 'pending' WHEN 'processing' THEN 'running' ELSE "status" END;--> statement-breakpoint
-- Errors were stored as "Class: message"; split once here so nothing splits them again.
UPDATE "tasks" SET "error_class" = split_part("error", ': ', 1), "error_message" = substr("error", length(split_part("error", ': ', 1)) + 3), "error_retryable" = false WHERE "error" IS NOT NULL;--> statement-breakpoint
UPDATE "workflow_steps" SET "error_class" = split_part("error", ': ', 1), "error_message" = substr("error", length(split_part("error", ': ', 1)) + 3), "error_retryable" = "status" = 'retrying' WHERE "error" IS NOT NULL;--> statement-breakpoint
UPDATE "workflow_step_attempts" SET "error_class" = split_part("error", ': ', 1), "error_message" = substr("error", length(split_part("error", ': ', 1)) + 3), "error_retryable" = false WHERE "error" IS NOT NULL;
