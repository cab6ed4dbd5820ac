/** Exact times shown the same way everywhere, in UTC so operators across zones read one clock. */
export function formatUtc(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" })} UTC`;
}
