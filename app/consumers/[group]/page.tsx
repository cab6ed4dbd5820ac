import type { Metadata } from "next";
import Link from "next/link";
import { ConsumerGroupCard } from "@/components/consumers/consumer-group-card";
import { DrainEstimateText } from "@/components/consumers/drain-estimate-text";
import { LagChart } from "@/components/consumers/lag-chart";
import { describeConsumerGroups } from "@/lib/kafka/consumer-groups";
import { drainEstimate } from "@/lib/lag/drain-estimate";
import { lagHistory } from "@/lib/lag/lag-history";
import { loadOrError } from "@/lib/load-or-error";
import { db } from "@/lib/server/db";
import { withKafkaAdmin } from "@/lib/server/kafka";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Consumer group" };

const WINDOW_MINUTES = 60;

export default async function ConsumerGroupPage({ params }: { params: Promise<{ group: string }> }) {
  await requirePageUser();
  const groupId = decodeURIComponent((await params).group);
  const [current, history] = await Promise.all([
    loadOrError(async () => {
      const [group] = await withKafkaAdmin((admin) => describeConsumerGroups(admin, [groupId]));
      return group?.state === "Dead" ? undefined : group;
    }),
    lagHistory(db(), groupId, WINDOW_MINUTES),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/consumers" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        ← Consumers
      </Link>
      <h1 className="break-all text-2xl font-semibold tracking-tight">{groupId}</h1>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="text-sm font-semibold">Lag, last {WINDOW_MINUTES} minutes</h2>
        <LagChart points={history} />
        <DrainEstimateText estimate={drainEstimate(history)} />
      </section>
      {"error" in current ? (
        <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
          Could not read the group from Kafka: {current.error}
        </p>
      ) : current.data ? (
        <ConsumerGroupCard group={current.data} open />
      ) : (
        <p className="text-sm text-slate-500">Kafka does not know this group now; its lag history above is from earlier samples.</p>
      )}
    </div>
  );
}
