"use client";

import { useFormatter } from "next-intl";
import type { DistinctValue } from "@/lib/import/column-values";
import { labelKey } from "@/core/import/fields";
import type { Option } from "@/components/customers/types";
import { useImportText } from "./use-import-text";

interface Props {
  id: string;
  title: string;
  header: string;
  /** The column's distinct values, or null when it has too many to list. */
  values: DistinctValue[] | null;
  options: Option[];
  chosen: Record<string, string>;
  onChange: (key: string, target: string) => void;
}

/** One column's distinct values, each with how often it occurs and the target it goes to. */
export function TableImportValues({ id, title, header, values, options, chosen, onChange }: Props) {
  const { t } = useImportText();
  const format = useFormatter();
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h4 id={`${id}-heading`} className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-600">({t("import.valuesColumn")} <bdi>{header}</bdi>)</span>
      </h4>
      {values === null ? (
        <p className="text-sm text-slate-600">{t("import.valuesTooMany")}</p>
      ) : values.length === 0 ? (
        <p className="text-sm text-slate-600">{t("import.valuesNone")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
          <table className="min-w-full text-sm" aria-labelledby={`${id}-heading`}>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("import.valuesValue")}</th>
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("import.valuesRows")}</th>
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("import.valuesTarget")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {values.map(({ value, count }, i) => {
                const key = labelKey(value);
                return (
                  <tr key={key}>
                    <th scope="row" className="px-3 py-1.5 text-start font-normal">
                      <label htmlFor={`${id}-${i}`} dir="auto">
                        {value}
                      </label>
                    </th>
                    <td className="px-3 py-1.5 tabular-nums">{format.number(count)}</td>
                    <td className="px-3 py-1.5">
                      <select
                        id={`${id}-${i}`}
                        value={chosen[key] ?? ""}
                        onChange={(event) => onChange(key, event.target.value)}
                        className="block w-full min-w-48 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-start text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
                      >
                        {options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
