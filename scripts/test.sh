#!/usr/bin/env bash
# `npm test`: starts what the tests need (local Kafka, test database, a production build) and runs
# unit, integration and end-to-end tests. Each run uses its own topic prefix, so runs never share data.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/streamops_test}"
export KAFKA_TOPIC_PREFIX="test-$(date +%s)-$RANDOM."
export KAFKAJS_NO_PARTITIONER_WARNING=1

db_host=$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$DATABASE_URL")
case "$db_host" in
  127.0.0.1|localhost|::1|\[::1\]) ;;
  *) echo "[test] refusing to run against the non-local database host $db_host" >&2; exit 1 ;;
esac

started_kafka=""
if [ -z "${KAFKA_BROKERS:-}" ]; then
  if ! bash scripts/kafka/kafka.sh status >/dev/null 2>&1; then started_kafka=1; fi
  bash scripts/kafka/kafka.sh start
fi
# A broker this run started is stopped again; one that was already running is left alone.
trap '[ -n "$started_kafka" ] && bash scripts/kafka/kafka.sh stop' EXIT

echo "[test] preparing database and topics (prefix $KAFKA_TOPIC_PREFIX)"
npx tsx scripts/prepare.ts

echo "[test] building the web app"
npx next build >/tmp/streamops-test-build.log 2>&1 || { tail -50 /tmp/streamops-test-build.log; exit 1; }

echo "[test] unit and integration tests"
npx vitest run

echo "[test] end-to-end tests"
npx playwright test
