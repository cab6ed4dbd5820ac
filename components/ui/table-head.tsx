import type { ReactNode } from "react";

/** The header row every StreamOps table shares: small uppercase labels, one per column. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="text-xs uppercase text-slate-500">
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className="py-2 pr-3 font-medium">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
