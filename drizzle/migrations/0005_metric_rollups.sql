CREATE TABLE "metric_rollups" (
	"minute" timestamp with time zone NOT NULL,
	"metric" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"le_ms" integer DEFAULT 0 NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "metric_rollups_metric_minute_dimension_le_ms_pk" PRIMARY KEY("metric","minute","dimension","le_ms")
);
