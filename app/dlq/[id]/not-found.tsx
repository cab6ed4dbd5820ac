import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function DeadLetterNotFound() {
  return <DetailNotFound noun="dead letter" listName="Dead letters" href="/dlq" />;
}
