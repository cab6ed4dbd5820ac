"use client";

import { useHasRole } from "@/components/auth/signed-in-user";
import { FeedbackMessage } from "@/components/ui/feedback-message";
import { MessageBrowser } from "./message-browser";
import { ProduceMessageForm } from "./produce-message-form";
import type { FilterValues } from "./stream-message-queries";
import { useProduceMessage } from "./use-produce-message";

/**
 * The topic's messages and, for operators, the two ways to write one: a test message, or a shown
 * one again. StreamOps' own topics (`productTopic`) take messages from admins only, and their
 * records are shown with secrets masked, so they cannot be sent again as they were.
 */
export function TopicMessages({ topic, filter, productTopic }: { topic: string; filter: FilterValues; productTopic: boolean }) {
  const { produce, feedback } = useProduceMessage(topic);
  const canProduce = useHasRole(productTopic ? "admin" : "operator");
  return (
    <div className="space-y-6">
      {canProduce && (
        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 className="text-sm font-semibold">Produce a test message</h2>
          <ProduceMessageForm busy={produce.isPending} onSubmit={(input) => produce.mutate({ input, action: "produce" })} />
        </section>
      )}
      <FeedbackMessage feedback={feedback} />
      <h2 className="text-lg font-semibold">Messages, newest first</h2>
      <MessageBrowser
        topic={topic}
        filter={filter}
        busy={produce.isPending}
        onReproduce={canProduce && !productTopic ? (input) => produce.mutate({ input, action: "reproduce" }) : undefined}
      />
    </div>
  );
}
