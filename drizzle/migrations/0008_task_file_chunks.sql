CREATE TABLE "task_file_chunks" (
	"task_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"seq" integer NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "task_file_chunks_task_id_attempt_seq_pk" PRIMARY KEY("task_id","attempt","seq")
);
--> statement-breakpoint
ALTER TABLE "task_file_chunks" ADD CONSTRAINT "task_file_chunks_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_files" ADD COLUMN "attempt" integer;--> statement-breakpoint
ALTER TABLE "task_files" ADD COLUMN "chunk_count" integer;--> statement-breakpoint
ALTER TABLE "task_files" ADD COLUMN "bytes" integer;--> statement-breakpoint
-- Files written before chunks existed become one chunk each, so their downloads go on working.
INSERT INTO "task_file_chunks" ("task_id", "attempt", "seq", "body") SELECT "task_id", 1, 0, "body" FROM "task_files";--> statement-breakpoint
UPDATE "task_files" SET "attempt" = 1, "chunk_count" = 1, "bytes" = octet_length("body");--> statement-breakpoint
ALTER TABLE "task_files" ALTER COLUMN "attempt" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "task_files" ALTER COLUMN "chunk_count" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "task_files" ALTER COLUMN "bytes" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "task_files" DROP COLUMN "body";
