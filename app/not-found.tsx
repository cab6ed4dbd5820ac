import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Not found" };

/** An address that names no page, or a record that does not exist and has no page of its own for that. */
export default function NotFound() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <EmptyState>
        Nothing lives at this address; it may have been mistyped, or what it named is gone. Pick a page from the menu, or{" "}
        <Link href="/" className="text-indigo-700 hover:underline dark:text-indigo-300">
          start from the dashboard
        </Link>
        .
      </EmptyState>
    </div>
  );
}
