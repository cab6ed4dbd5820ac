import { isUtf8 } from "node:buffer";
import type { ReadRecord } from "../kafka/window-reader";
import type { MessageFilter } from "./schemas";

/** The filter's tests on content; partition and offset only choose where reading starts. */
export function messageMatcher(filter: Pick<MessageFilter, "key" | "contains" | "time">): (record: ReadRecord) => boolean {
  const contains = filter.contains?.toLowerCase();
  // The time seek starts below the first later offset; this also drops records stamped out of order.
  const until = filter.time === undefined ? undefined : Date.parse(filter.time);
  return ({ timestamp, message }) =>
    (filter.key === undefined || message.key?.toString("utf8") === filter.key) &&
    (until === undefined || timestamp <= until) &&
    (contains === undefined ||
      (message.value !== null && isUtf8(message.value) && message.value.toString("utf8").toLowerCase().includes(contains)));
}
