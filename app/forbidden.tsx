import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Not allowed" };

/** A signed-in person opened a page their role does not include. */
export default function Forbidden() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Not allowed</h1>
      <EmptyState>
        Your role does not include this page. An admin can change your role on the Users page.{" "}
        <Link href="/" className="text-indigo-700 hover:underline dark:text-indigo-300">
          Back to the dashboard
        </Link>
        .
      </EmptyState>
    </div>
  );
}
