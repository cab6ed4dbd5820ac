import { defineConfig } from "@playwright/test";
import { services } from "./scripts/services";
import { e2eEnv } from "./e2e/e2e-env";
import { storageStateOf } from "./e2e/support/e2e-auth";

const env = e2eEnv();
/** The servers run as `npm start` runs them (same Node flags). */
const commandLine = ({ command, args }: { command: string; args: string[] }) => [command, ...args].join(" ");
const serverEnv = {
  DATABASE_URL: env.databaseUrl,
  // The servers connect as the application's role, which set-up granted (see scripts/app-role.ts).
  APP_DATABASE_URL: env.appDatabaseUrl,
  KAFKA_TOPIC_PREFIX: env.topicPrefix,
  KAFKA_CONSUMER_GROUP: `${env.topicPrefix}worker`,
  LOG_LEVEL: "warn",
  // Webhook and http-step specs run their receiver inside the test process, on this machine: its
  // loopback address and ephemeral port are opted in, as an operator would for a private receiver.
  HTTP_ALLOWED_HOSTS: "127.0.0.1,localhost",
  HTTP_ALLOWED_PORTS: "80,443,1024-65535",
  HTTP_ALLOWED_PRIVATE_RANGES: "127.0.0.0/8",
  // Specs in two workers share the seeded admin; the limits themselves are tested on web-open.
  RATE_LIMIT_USER_PER_SECOND: "1000",
  RATE_LIMIT_USER_BURST: "5000",
  // Likewise for the hourly task quota, tested on web-open.
  TASK_QUOTA_PER_HOUR: "100000",
  LIVE_STREAMS_PER_PRINCIPAL: "50",
  BROWSE_CONCURRENCY_PER_PRINCIPAL: "50",
  BROWSE_CONCURRENCY_TOTAL: "100",
  EXPORT_CONCURRENCY_PER_PRINCIPAL: "50",
  EXPORT_CONCURRENCY_TOTAL: "100",
  // The specs stand in for a proxy on this machine: they name the caller's address in
  // X-Forwarded-For, as a proxy in front of the app would (web-without-kafka believes no proxy).
  TRUSTED_PROXIES: "127.0.0.1, ::1",
  // Every spec signs in from this machine, and the fuzz suite sends sign-ins side by side; the
  // sign-in limits themselves are tested on web-open and web-without-kafka.
  SIGN_IN_ADDRESS_BURST: "1000",
  SIGN_IN_PER_SECOND: "1000",
  SIGN_IN_BURST: "5000",
  SIGN_IN_CONCURRENCY: "64",
};


/**
 * API specs talk HTTP only; UI specs drive Debian's Chromium (Playwright's own download is unavailable).
 * Both act as the seeded admin unless a spec says otherwise, sending the app's own Origin as a
 * browser would; specs about access choose their own identity.
 */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: env.baseUrl,
    trace: "retain-on-failure",
    storageState: storageStateOf("admin"),
    extraHTTPHeaders: { origin: env.baseUrl },
  },
  projects: [
    { name: "api", testDir: "e2e/api" },
    {
      name: "ui",
      testDir: "e2e/ui",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
      },
    },
  ],
  webServer: [
    {
      name: "web",
      command: commandLine(services.web(env.port)),
      url: `${env.baseUrl}/api/ping`,
      env: { ...serverEnv, ...services.web(env.port).env },
      timeout: 60_000,
    },
    {
      // A second web app whose broker address answers nothing: the 503 path, deterministically.
      name: "web-without-kafka",
      command: commandLine(services.web(env.brokerlessPort)),
      url: `${env.brokerlessBaseUrl}/api/ping`,
      // Also reached directly, with no proxy believed, and with a small overall sign-in limit.
      env: {
        ...serverEnv,
        ...services.web(env.brokerlessPort).env,
        KAFKA_BROKERS: "127.0.0.1:1",
        KAFKA_PUBLISH_TIMEOUT_MS: "1500",
        TRUSTED_PROXIES: "",
        SIGN_IN_PER_SECOND: "0.1",
        SIGN_IN_BURST: "3",
      },
      timeout: 60_000,
    },
    {
      // Ingestion open to anyone (INGEST_AUTH=off), small rate and concurrency limits and task
      // quotas, and an email domain allowlist, for the specs about each.
      name: "web-open",
      command: commandLine(services.web(env.openPort)),
      url: `${env.openBaseUrl}/api/ping`,
      env: {
        ...serverEnv,
        ...services.web(env.openPort).env,
        SIGN_IN_ADDRESS_PER_SECOND: "0.2",
        SIGN_IN_ADDRESS_BURST: "3",
        INGEST_AUTH: "off",
        RATE_LIMIT_KEY_PER_SECOND: "2",
        RATE_LIMIT_KEY_BURST: "5",
        RATE_LIMIT_USER_PER_SECOND: "2",
        RATE_LIMIT_USER_BURST: "5",
        RATE_LIMIT_ANONYMOUS_PER_SECOND: "2",
        RATE_LIMIT_ANONYMOUS_BURST: "5",
        TASK_QUOTA_PER_HOUR: "3",
        EMAIL_ALLOWED_DOMAINS: "example.com",
        LIVE_STREAMS_PER_PRINCIPAL: "2",
        BROWSE_CONCURRENCY_PER_PRINCIPAL: "1",
        EXPORT_CONCURRENCY_PER_PRINCIPAL: "1",
      },
      timeout: 60_000,
    },
    {
      name: "worker",
      command: commandLine(services.worker()),
      wait: { stdout: /worker started/ },
      // Lag samples every second, so the lag-history specs need not wait the default 15 s.
      env: { ...serverEnv, LOG_LEVEL: "info", LAG_SAMPLE_EVERY_MS: "1000" },
      stdout: "ignore",
      timeout: 60_000,
    },
  ],
});
