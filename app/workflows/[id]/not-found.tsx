import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function WorkflowNotFound() {
  return <DetailNotFound noun="workflow" listName="Workflows" href="/workflows" />;
}
