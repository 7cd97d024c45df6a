const shownFrom = { sm: "hidden sm:table-cell", md: "hidden md:table-cell", lg: "hidden lg:table-cell" } as const;

export interface Column {
  label: string;
  /** The column shows from this screen width up; the row header repeats what a phone needs. */
  from?: keyof typeof shownFrom;
}

/** A data table's caption for screen readers and its row of column headers. */
export function TableHead({ caption, columns }: { caption: string; columns: Column[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50 text-slate-600">
        <tr>
          {columns.map(({ label, from }) => (
            <th key={label} scope="col" className={`${from ? `${shownFrom[from]} ` : ""}p-2 text-start font-medium`}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
