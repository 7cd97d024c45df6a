"use client";

import { useTranslations } from "next-intl";

/** The header and first rows of an uploaded file, as read with the detected encoding. */
export function TableImportPreview({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const t = useTranslations("SettingsData");
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="min-w-full text-sm" aria-label={t("import.preview")}>
        <caption className="bg-slate-50 px-3 py-2 text-start text-xs font-medium text-slate-600">{t("import.preview")}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col" dir="auto" className="whitespace-nowrap px-3 py-2 text-start font-medium text-slate-700">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((row, r) => (
            <tr key={r}>
              {headers.map((_, c) => (
                <td key={c} dir="auto" className="max-w-56 truncate whitespace-nowrap px-3 py-1.5 text-start text-slate-800">
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
