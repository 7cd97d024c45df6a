import { getFormatter, getTranslations } from "next-intl/server";
import { monthLabel, monthSpan } from "@/components/retention/month-label";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { LoyaltyMonth } from "@/lib/analytics/loyalty/types";

export interface MonthColumn {
  key: string;
  header: string;
  cell: (month: LoyaltyMonth) => string;
}

/** One row per month, one column per figure: the tables behind the loyalty charts. */
export async function TableByMonth({ caption, months, columns }: { caption: string; months: LoyaltyMonth[]; columns: MonthColumn[] }) {
  const [t, format] = await Promise.all([getTranslations("Loyalty"), getFormatter()]);
  return (
    <ScrollBox label={caption} className="mt-3">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="px-2 py-2 text-start font-medium">{t("table.month")}</th>
            {columns.map(({ key, header }) => (
              <th key={key} scope="col" className="px-2 py-2 text-end font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month} className="border-b border-slate-100">
              <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-start font-medium" title={monthSpan(format, m.month)}>
                {m.partial ? t("soFar", { month: monthLabel(format, m.month) }) : monthLabel(format, m.month)}
              </th>
              {columns.map(({ key, cell }) => (
                <td key={key} className="px-2 py-1.5 text-end">
                  {cell(m)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
