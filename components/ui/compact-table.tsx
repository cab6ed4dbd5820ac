import type { ReactNode } from "react";
import { TableHead } from "./table-head";

/** A small read-only table: one row of cells per item. */
export function CompactTable(props: { columns: string[]; rows: { key: string | number; cells: ReactNode[] }[] }) {
  return (
    <table className="mt-3 w-full text-left text-sm">
      <TableHead columns={props.columns} />
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {props.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              <td key={index} className="break-all py-1 pr-3">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
