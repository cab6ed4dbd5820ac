import { PageSkeleton } from "@/components/ui/page-skeleton";

/**
 * The list sits in a route group of its own so this boundary covers the list only: above the
 * detail page it would start the response before that page can answer 404 for an unknown id.
 */
export default function Loading() {
  return <PageSkeleton rows={8} />;
}
