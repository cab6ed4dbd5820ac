import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventLineageList } from "@/components/lineage/event-lineage-list";
import { BackLink } from "@/components/ui/back-link";
import { JsonBlock } from "@/components/ui/json-block";
import { Section } from "@/components/ui/section";
import { NotFoundError } from "@/lib/errors";
import { getEvent } from "@/lib/events/get-event";
import { formatUtc } from "@/lib/format-utc";
import { db } from "@/lib/server/db";
import { requirePageUser } from "@/lib/server/page-user";

export const metadata: Metadata = { title: "Event" };

/** One processed event: its envelope, where it sat in Kafka, and its lineage. */
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const { id } = await params;
  const event = await getEvent(db(), id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <BackLink href="/events">Events</BackLink>
      <h1 className="break-all text-2xl font-semibold tracking-tight">{event.eventType}</h1>
      <Section title="Event">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {[
            ["Event id", event.eventId],
            ["Key", event.key],
            ["Source", event.source],
            ["Occurred", formatUtc(event.timestamp)],
            ["Accepted", formatUtc(event.acceptedAt)],
            ["Processed", formatUtc(event.processedAt)],
            ["Kafka record", `${event.kafka.topic} [${event.kafka.partition}] @ ${event.kafka.offset}`],
            ["Request id", event.requestId ?? "—"],
          ].map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-500">{name}</dt>
              <dd className="break-all font-mono text-xs leading-5">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="Lineage">
        <EventLineageList lineage={event.lineage} />
      </Section>
      <Section title="Payload">
        <JsonBlock value={event.payload} label="Payload" />
      </Section>
    </div>
  );
}
