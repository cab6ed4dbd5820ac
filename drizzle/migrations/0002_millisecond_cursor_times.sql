ALTER TABLE "dead_letters" ALTER COLUMN "failed_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "dead_letters" ALTER COLUMN "failed_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "dead_letters" ALTER COLUMN "last_failed_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "dead_letters" ALTER COLUMN "last_failed_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "processed_events" ALTER COLUMN "occurred_at" SET DATA TYPE timestamp (3) with time zone;