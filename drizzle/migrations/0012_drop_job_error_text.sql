ALTER TABLE "tasks" DROP COLUMN "error";--> statement-breakpoint
ALTER TABLE "workflow_step_attempts" DROP COLUMN "error";--> statement-breakpoint
ALTER TABLE "workflow_steps" DROP COLUMN "error";