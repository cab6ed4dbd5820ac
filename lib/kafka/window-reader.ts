import type { KafkaMessage } from "kafkajs";

/** Offsets [start, end) of one partition. */
export type OffsetWindow = { partition: number; start: number; end: number };

export type ReadRecord = { partition: number; offset: number; timestamp: number; message: KafkaMessage };
