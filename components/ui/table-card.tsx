import type { ReactNode } from "react";

export interface TableColumn {
  label: string;
  /** Extra classes, e.g. `hidden sm:table-cell` for a column phones leave out. */
  className?: string;
}

/** A table on a white card that scrolls sideways on a phone, with a caption for screen readers and a header row. */
export function TableCard({ caption, columns, children }: { caption: string; columns: TableColumn[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`p-2 text-start font-medium ${column.className ?? ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
