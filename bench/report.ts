export type Row = {
  metric: string;
  value: number;
  unit: string;
  /** Measured in the same run; the target is a ratio against it. */
  baseline?: number;
  target?: number;
  absoluteTarget?: number;
  maximum?: number;
};

function verdict(row: Row): string {
  const checks: boolean[] = [];
  if (row.baseline !== undefined && row.target !== undefined) checks.push(row.value / row.baseline >= row.target);
  if (row.absoluteTarget !== undefined) checks.push(row.value >= row.absoluteTarget);
  if (row.maximum !== undefined) checks.push(row.value < row.maximum);
  if (checks.length === 0) return "";
  return checks.every(Boolean) ? "met" : "NOT met";
}

function target(row: Row): string {
  const parts: string[] = [];
  if (row.target !== undefined) parts.push(`≥ ${row.target}×`);
  if (row.absoluteTarget !== undefined) parts.push(`≥ ${row.absoluteTarget.toLocaleString("en")}`);
  if (row.maximum !== undefined) parts.push(`< ${row.maximum}`);
  return parts.join(", ");
}

export function printReport(rows: Row[]) {
  const table = rows.map((row) => ({
    metric: row.metric,
    value: `${row.value.toLocaleString("en", { maximumFractionDigits: 1 })} ${row.unit}`,
    ratio: row.baseline ? `${(row.value / row.baseline).toFixed(2)}×` : "",
    target: target(row),
    verdict: verdict(row),
  }));
  const headers = ["metric", "value", "ratio", "target", "verdict"] as const;
  const widths = headers.map((header) => Math.max(header.length, ...table.map((row) => row[header].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(" | ")} |`;
  console.log(line([...headers]));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of table) console.log(line(headers.map((header) => row[header])));
}
