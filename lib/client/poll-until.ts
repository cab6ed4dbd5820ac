export const POLL_MS = 1000;

/**
 * A react-query refetchInterval: every second until the data reaches a state that no longer
 * changes by itself, then never again.
 */
export const pollUntil =
  <T>(settled: (data: T) => boolean) =>
  (query: { state: { data?: T } }): number | false =>
    query.state.data !== undefined && settled(query.state.data) ? false : POLL_MS;
