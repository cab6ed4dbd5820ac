import type { Metadata } from "next";
import { ConsumerGroupCard } from "@/components/consumers/consumer-group-card";
import { LoadedList } from "@/components/ui/loaded-list";
import { listConsumerGroups } from "@/lib/kafka/consumer-groups";
import { loadOrError } from "@/lib/load-or-error";
import { withKafkaAdmin } from "@/lib/server/kafka";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Consumers" };

export default async function ConsumersPage() {
  await requirePageUser();
  const result = await loadOrError(() => withKafkaAdmin(listConsumerGroups));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Consumers</h1>
      <p className="text-sm text-slate-500">
        Every consumer group on the cluster, most behind first. Lag is the records a group has yet to commit, read from
        Kafka when the page loads.
      </p>
      <LoadedList
        result={result}
        failure="Could not read consumer groups from Kafka"
        empty="No consumer group has joined yet. Start the worker (`npm run worker`, or `npm start`) and it appears here."
        render={(group) => <ConsumerGroupCard key={group.groupId} group={group} />}
      />
    </div>
  );
}
