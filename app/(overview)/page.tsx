import { HealthCards } from "@/components/overview/health-cards";
import { MetricsPanel } from "@/components/overview/metrics-panel";
import { PendingDeadLetters } from "@/components/overview/pending-dead-letters";
import { EventsTable } from "@/components/events/events-table";
import { countPendingDeadLetters } from "@/lib/dead-letters";
import { listEvents } from "@/lib/events";
import { db } from "@/lib/server/db";
import { serverHealth } from "@/lib/server/health";
import { requirePageUser } from "@/lib/server/page-user";

export default async function OverviewPage() {
  await requirePageUser();
  const [health, recent, pending] = await Promise.all([
    serverHealth(),
    listEvents(db(), { limit: 20 }).catch(() => null),
    countPendingDeadLetters(db()).catch(() => null),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
      <HealthCards health={health} />
      <MetricsPanel />
      {pending === null ? null : <PendingDeadLetters pending={pending} />}
      <section className="space-y-3">
        <h2 className="text-lg font-medium">Recent events</h2>
        {recent ? (
          <EventsTable
            events={recent.items}
            empty={
              <>
                No events processed yet. Post one with{" "}
                <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">POST /api/events</code> — the README has a
                curl example.
              </>
            }
          />
        ) : (
          <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
            Could not read processed events: the database is unreachable.
          </p>
        )}
      </section>
    </div>
  );
}
