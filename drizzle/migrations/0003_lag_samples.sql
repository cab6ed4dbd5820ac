CREATE TABLE "lag_samples" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"topic" text NOT NULL,
	"partition" integer NOT NULL,
	"committed_offset" bigint,
	"end_offset" bigint NOT NULL,
	"lag" bigint NOT NULL,
	"sampled_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "lag_samples_group_time_idx" ON "lag_samples" USING btree ("group_id","sampled_at");