/** Exact times shown the same way everywhere, in UTC so operators across zones read one clock. */
export function formatUtc(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" })} UTC`;
}

const DATETIME_LOCAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/;

/** A `datetime-local` field has no zone; the forms say UTC, so that is what it means. Other text passes unchanged. */
export function utcInputToIso(value: string | undefined): string | undefined {
  if (value === undefined || !DATETIME_LOCAL.test(value)) return value;
  return `${value.length === 16 ? `${value}:00` : value}Z`;
}

/** The other way, for a field's initial value: an ISO-8601 time as UTC `YYYY-MM-DDTHH:MM:SS`. */
export function isoToUtcInput(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? "" : new Date(time).toISOString().slice(0, 19);
}
