"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** Any page that throws while rendering shows this inside the layout, so the navigation still works. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
