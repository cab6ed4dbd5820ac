import type { Health } from "@/lib/health/check-health";

const label = { up: "Up", down: "Down" } as const;

function Card({ name, status, detail }: { name: string; status: "up" | "down"; detail: string }) {
  const tone = status === "up" ? "bg-emerald-500" : "bg-rose-500";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center gap-2">
        <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${tone}`} />
        <h2 className="text-sm font-medium">{name}</h2>
        <span className="ml-auto text-sm" data-testid={`health-${name.toLowerCase()}`}>
          {label[status]}
        </span>
      </div>
      <p className="mt-2 text-xs text-slate-500">{detail}</p>
    </div>
  );
}

export function HealthCards({ health }: { health: Health }) {
  const { kafka, postgres, worker } = health.checks;
  return (
    <section aria-label="Health" className="grid gap-4 sm:grid-cols-3">
      <Card name="Kafka" status={kafka.status} detail={kafka.error ?? `${kafka.latencyMs} ms`} />
      <Card name="PostgreSQL" status={postgres.status} detail={postgres.error ?? `${postgres.latencyMs} ms`} />
      <Card
        name="Worker"
        status={worker.status}
        detail={
          worker.workers.length > 0
            ? `${worker.workers.length} alive: ${worker.workers.map((one) => `${one.workerId} (last beat ${one.lastSeenAt.slice(11, 19)} UTC)`).join(", ")}`
            : "no worker heartbeat — is `npm run worker` running?"
        }
      />
    </section>
  );
}
