import { z } from "zod";
import { NotFoundError } from "./app-error";

/** An id that is not a UUID names nothing: 404, as for any unknown id, before it reaches a uuid column. */
export function assertKnownIdShape(id: string, what: string): void {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError(`No ${what} ${id}`);
}
