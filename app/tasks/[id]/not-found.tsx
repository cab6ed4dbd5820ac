import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function TaskNotFound() {
  return <DetailNotFound noun="task" listName="Tasks" href="/tasks" />;
}
