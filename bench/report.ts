export type Row = {
  metric: string;
  value: number;
  unit: string;
  /** Measured in the same run; `target` and `maxRatio` bound the ratio against it. */
  baseline?: number;
  target?: number;
  maxRatio?: number;
  absoluteTarget?: number;
  /** Strictly below, as the latency and duration targets are. */
  maximum?: number;
  /** At most, for counts that must stay at zero. */
  atMost?: number;
  /** What the value is made of: answers by status, counts by outcome. */
  detail?: string;
};

export function verdict(row: Row): string {
  const checks: boolean[] = [];
  const ratio = row.baseline === undefined ? undefined : row.value / row.baseline;
  if (ratio !== undefined && row.target !== undefined) checks.push(ratio >= row.target);
  if (ratio !== undefined && row.maxRatio !== undefined) checks.push(ratio <= row.maxRatio);
  if (row.absoluteTarget !== undefined) checks.push(row.value >= row.absoluteTarget);
  if (row.maximum !== undefined) checks.push(row.value < row.maximum);
  if (row.atMost !== undefined) checks.push(row.value <= row.atMost);
  if (checks.length === 0) return "";
  // NaN (nothing was measured) fails every comparison, so it is never reported as met.
  return checks.every(Boolean) ? "met" : "NOT met";
}

function target(row: Row): string {
  const parts: string[] = [];
  if (row.target !== undefined) parts.push(`≥ ${row.target}×`);
  if (row.maxRatio !== undefined) parts.push(`≤ ${row.maxRatio}×`);
  if (row.absoluteTarget !== undefined) parts.push(`≥ ${row.absoluteTarget.toLocaleString("en")}`);
  if (row.maximum !== undefined) parts.push(`< ${row.maximum}`);
  if (row.atMost !== undefined) parts.push(`≤ ${row.atMost}`);
  return parts.join(", ");
}

export function printReport(rows: Row[]) {
  const table = rows.map((row) => ({
    metric: row.metric,
    value: `${row.value.toLocaleString("en", { maximumFractionDigits: 1 })} ${row.unit}`,
    ratio: row.baseline ? `${(row.value / row.baseline).toFixed(2)}×` : "",
    target: target(row),
    verdict: verdict(row),
    detail: row.detail ?? "",
  }));
  const headers = ["metric", "value", "ratio", "target", "verdict", "detail"] as const;
  const widths = headers.map((header) => Math.max(header.length, ...table.map((row) => row[header].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(" | ")} |`;
  console.log(line([...headers]));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of table) console.log(line(headers.map((header) => row[header])));
}
