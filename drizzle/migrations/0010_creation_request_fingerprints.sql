ALTER TABLE "tasks" ADD COLUMN "request_fingerprint" text;--> statement-breakpoint
ALTER TABLE "workflows" ADD COLUMN "request_fingerprint" text;