/** Where the e2e run's servers listen and which database and topics they use (set by scripts/test.sh). */
export function e2eEnv() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const brokerlessPort = port + 1;
  return {
    port,
    brokerlessPort,
    baseUrl: `http://127.0.0.1:${port}`,
    brokerlessBaseUrl: `http://127.0.0.1:${brokerlessPort}`,
    databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/streamops_test",
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? "e2e.",
  };
}
