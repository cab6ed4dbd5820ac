import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createKafka } from "../lib/kafka/client";
import { topicNames } from "../lib/topics";
import { createLogger } from "../lib/log";
import { needsBuild } from "../scripts/needs-build";
import { prepare } from "../scripts/prepare";
import { services } from "../scripts/services";
import { compareApply } from "./apply";
import { benchClient } from "./bench-client";
import { dropBenchDatabase } from "./fresh-database";
import { measureBareProducer, measureIngest } from "./ingest";
import { measureDlqReplay } from "./dlq-replay";
import { measureEndToEnd } from "./latency";
import { measureLoneWorkflows } from "./lone-workflow";
import { measureNotificationTasks } from "./notification-tasks";
import { startWebhookReceiver } from "./webhook-receiver";
import { peakRssMiB, ROOT, startEmptyNextApp, startWeb } from "./processes";
import { printReport, type Row } from "./report";
import { pageDataPaths, timePageData } from "./page-data";
import { seedMillion } from "./seed-million";
import { measureStepLatency } from "./workflow-latency";
import { measureWorkflowOverload } from "./workflow-overload";
import { measureWorkflowThroughput } from "./workflow-throughput";

/** Durations and sizes default to the issue's; shorter ones make a quick run while developing. */
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = setting("BENCH_SECONDS", 10);
const WORKFLOW_SECONDS = setting("BENCH_WORKFLOW_SECONDS", 60);
const OVERLOAD_SECONDS = setting("BENCH_OVERLOAD_SECONDS", 20);
const STEP_LATENCY_SECONDS = setting("BENCH_STEP_LATENCY_SECONDS", 20);
const LONE_WORKFLOWS = setting("BENCH_LONE_WORKFLOWS", 20);
const TASK_SECONDS = setting("BENCH_TASK_SECONDS", 20);
const DEAD_LETTERS = setting("BENCH_DEAD_LETTERS", 10_000);
const PORT = setting("BENCH_PORT", 3200);
/** The web app's default, named so the report can say what paced the bulk replay. */
const DLQ_REPLAY_PER_SECOND = 500;
const prefix = `bench-${Date.now()}.`;
const brokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(",");
const env = {
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_bench",
  KAFKA_BROKERS: brokers.join(","),
  KAFKA_TOPIC_PREFIX: prefix,
  KAFKA_CONSUMER_GROUP: `${prefix}worker`,
  KAFKA_EVENTS_PARTITIONS: "6",
  KAFKAJS_NO_PARTITIONER_WARNING: "1",
  // The limiter still runs on every request; its ceiling is lifted so it measures cost, not policy.
  RATE_LIMIT_KEY_PER_SECOND: "1000000",
  RATE_LIMIT_KEY_BURST: "1000000",
  RATE_LIMIT_USER_PER_SECOND: "1000000",
  RATE_LIMIT_USER_BURST: "1000000",
  TASK_QUOTA_PER_HOUR: "1000000",
  DLQ_REPLAY_PER_SECOND: String(DLQ_REPLAY_PER_SECOND),
  // Notification tasks call the bench's own webhook receiver on this machine.
  HTTP_ALLOWED_HOSTS: "127.0.0.1",
  HTTP_ALLOWED_PORTS: "1024-65535",
  HTTP_ALLOWED_PRIVATE_RANGES: "127.0.0.1/32",
};
const log = (message: string) => console.error(`[bench] ${message}`);

function ensureLocalKafka(): boolean {
  if (process.env.KAFKA_BROKERS) return false;
  const running = spawnSync("bash", ["scripts/kafka/kafka.sh", "status"], { cwd: ROOT }).status === 0;
  if (!running) spawnSync("bash", ["scripts/kafka/kafka.sh", "start"], { cwd: ROOT, stdio: "inherit" });
  return !running;
}

async function main() {
  const startedKafka = ensureLocalKafka();
  await dropBenchDatabase(env.DATABASE_URL);
  await prepare({ ...env, LOG_LEVEL: "warn" });
  if (needsBuild(ROOT)) spawnSync(process.execPath, [services.nextBin, "build"], { cwd: ROOT, stdio: "inherit" });

  const topics = topicNames({ KAFKA_TOPIC_PREFIX: prefix });
  const kafka = createKafka({ clientId: "streamops-bench", brokers, logger: createLogger("bench", "silent") });
  const admin = kafka.admin();
  await admin.connect();
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const baseUrl = `http://127.0.0.1:${PORT}`;

  log("HTTP ingest: empty route, single events, batches");
  const web = await startWeb(PORT, env);
  const client = await benchClient(baseUrl, env.DATABASE_URL);
  const emptyApp = await startEmptyNextApp(PORT + 1);
  const ingest = await measureIngest(client, `http://127.0.0.1:${PORT + 1}/ping`, SECONDS);
  await emptyApp.stop();
  log("bare kafkajs producer with the same batches");
  const bareTopic = `${prefix}bare-producer`;
  await admin.createTopics({ topics: [{ topic: bareTopic, numPartitions: 6 }], waitForLeaders: true });
  const bareProducer = await measureBareProducer(kafka, bareTopic, SECONDS);

  const total = (await admin.fetchTopicOffsets(topics.events)).reduce((sum, partition) => sum + Number(partition.high), 0);
  log(`apply: bare consume-and-insert loop and the worker, taking turns, over ${total} events`);
  const apply = await compareApply({ kafka, admin, pool, env, topic: topics.events, total, rounds: 2 });
  const worker = apply.runningWorker;

  log("end-to-end latency at 500 events/s");
  const latency = await measureEndToEnd(client, pool, 500, SECONDS);
  log(`${LONE_WORKFLOWS} lone three-step workflows, one at a time`);
  const lone = await measureLoneWorkflows(client, pool, LONE_WORKFLOWS);
  log("three-step workflows at 100/s: step-to-step latency");
  const stepLatency = await measureStepLatency(client, pool, STEP_LATENCY_SECONDS);
  log("three-step workflows offered at 300/s");
  const throughput = await measureWorkflowThroughput(client, pool, WORKFLOW_SECONDS);
  log("three-step workflows offered at 600/s");
  const overload = await measureWorkflowOverload(client, pool, OVERLOAD_SECONDS);
  log("notification tasks offered at 500/s to a local webhook receiver");
  const receiver = await startWebhookReceiver();
  const tasks = await measureNotificationTasks(client, pool, receiver, TASK_SECONDS);
  log(`bulk replay of ${DEAD_LETTERS} dead letters under live traffic at 100 events/s`);
  const dlq = await measureDlqReplay({ client, pool, kafka, topic: topics.events, count: DEAD_LETTERS, liveRate: 100, perSecond: DLQ_REPLAY_PER_SECOND });
  const memory = { web: peakRssMiB(web.child.pid!), worker: peakRssMiB(worker.child.pid!) };
  log("a million processed events: seeding, then timing every page's data request");
  await seedMillion(pool, topics.events);
  const [baseline] = await timePageData(client, ["/api/ping"], 20);
  const pages = await timePageData(client, pageDataPaths(env.KAFKA_CONSUMER_GROUP), 20);

  await Promise.all([web.stop(), worker.stop()]);
  await receiver.close();
  await pool.end();
  await admin.disconnect();
  if (startedKafka) spawnSync("bash", ["scripts/kafka/kafka.sh", "stop"], { cwd: ROOT, stdio: "inherit" });

  const batchRate = ingest.batch.requestsPerSecond * 500;
  const rows: Row[] = [
    { metric: "empty Next.js app, one route handler (ceiling)", value: ingest.ceiling.requestsPerSecond, unit: "req/s" },
    { metric: "single-event ingest", value: ingest.single.requestsPerSecond, unit: "req/s", baseline: ingest.ceiling.requestsPerSecond, target: 0.8 },
    { metric: "bare kafkajs producer, same batches", value: bareProducer.eventsPerSecond, unit: "events/s" },
    { metric: "batch ingest (500/request)", value: batchRate, unit: "events/s", baseline: bareProducer.eventsPerSecond, target: 0.5, absoluteTarget: 17_000 },
    { metric: "bare consume + multi-row insert (best of 2)", value: apply.bare, unit: "events/s" },
    { metric: "worker apply rate (best of 2)", value: apply.worker, unit: "events/s", baseline: apply.bare, target: 0.7 },
    { metric: `end-to-end p50 (at ${latency.achievedRate.toFixed(0)} events/s)`, value: latency.p50, unit: "ms" },
    { metric: "end-to-end p95", value: latency.p95, unit: "ms" },
    { metric: "end-to-end p99", value: latency.p99, unit: "ms", maximum: 250 },
    ...lone,
    ...stepLatency,
    ...throughput,
    ...overload,
    ...tasks,
    ...dlq,
    ...pages.map((page) => ({ metric: `p95 of GET ${page.path} (1M events)`, value: page.p95, unit: "ms", baseline: baseline!.p95, maximum: 200 })),
    { metric: "web app peak RSS", value: memory.web, unit: "MiB", maximum: 400 },
    { metric: "worker peak RSS", value: memory.worker, unit: "MiB", maximum: 400 },
  ];
  printReport(rows);
  const errors = { single: ingest.single.non2xx + ingest.single.errors, batch: ingest.batch.non2xx + ingest.batch.errors, latency: latency.sent - latency.accepted };
  console.log(`\nfailed requests: single ${errors.single}, batch ${errors.batch}, latency run ${errors.latency}; events measured for apply: ${total}`);
  mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench-results", "latest.json"), JSON.stringify({ at: new Date(), rows, errors, latency }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
