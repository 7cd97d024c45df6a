import { getFormatter, getTranslations } from "next-intl/server";
import { monthLabel, monthSpan } from "@/components/retention/month-label";
import type { LoyaltyMonth } from "@/lib/analytics/loyalty/types";

/** The loyalty figures month by month: the table alternative of the trend charts. */
export async function TableLoyaltyMonths({ months, currency }: { months: LoyaltyMonth[]; currency: string }) {
  const [t, format] = await Promise.all([getTranslations("Loyalty"), getFormatter()]);
  const none = t("kpis.none");
  const pct = (v: number | null) => (v === null ? none : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const money = (v: number | null) => (v === null ? none : format.number(v / 100, { style: "currency", currency, maximumFractionDigits: 0 }));
  const columns = [
    ["buyers", (m: LoyaltyMonth) => format.number(m.buyers)],
    ["repeatRate", (m: LoyaltyMonth) => pct(m.repeatRate)],
    ["nps", (m: LoyaltyMonth) => (m.nps === null ? none : format.number(m.nps, { maximumFractionDigits: 0 }))],
    ["responses", (m: LoyaltyMonth) => format.number(m.responses)],
    ["referrals", (m: LoyaltyMonth) => format.number(m.referrals)],
    ["loyaltyCount", (m: LoyaltyMonth) => format.number(m.loyaltyCount)],
    ["churned", (m: LoyaltyMonth) => format.number(m.churned)],
    ["revenue", (m: LoyaltyMonth) => money(m.revenueMinor)],
    ["pipeline", (m: LoyaltyMonth) => money(m.pipelineValueMinor)],
  ] as const;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="px-2 py-2 text-start font-medium">{t("table.month")}</th>
            {columns.map(([key]) => (
              <th key={key} scope="col" className="px-2 py-2 text-end font-medium">
                {t(`table.${key}`)}
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
              {columns.map(([key, cell]) => (
                <td key={key} className="px-2 py-1.5 text-end">
                  {cell(m)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
