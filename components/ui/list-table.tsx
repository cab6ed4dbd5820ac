import type { ReactNode } from "react";
import { TableHead } from "./table-head";

/** A list's table: the shared header row, then its rows divided by rules; it scrolls sideways on a narrow screen. */
export function ListTable({ columns, children }: { columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <TableHead columns={columns} />
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
