import { BackLink } from "./back-link";
import { EmptyState } from "./empty-state";

/** A detail page's 404: what was not found, and the way back to the list that has them all. */
export function DetailNotFound({ noun, listName, href }: { noun: string; listName: string; href: string }) {
  return (
    <div className="space-y-6">
      <BackLink href={href}>{listName}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">{noun[0]!.toUpperCase() + noun.slice(1)} not found</h1>
      <EmptyState>
        There is no {noun} with this id. It may have been mistyped; the list has every {noun} there is.
      </EmptyState>
    </div>
  );
}
