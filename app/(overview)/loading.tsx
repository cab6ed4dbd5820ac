import { PageSkeleton } from "@/components/ui/page-skeleton";

/** In a route group, so it covers the Overview only and not every page below the root. */
export default function Loading() {
  return <PageSkeleton cards={3} rows={5} />;
}
