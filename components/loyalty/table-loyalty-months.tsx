import { getFormatter, getTranslations } from "next-intl/server";
import type { LoyaltyMonth } from "@/lib/analytics/loyalty/types";
import { TableByMonth } from "./table-by-month";

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
  return <TableByMonth caption={t("trends.title")} months={months} columns={columns.map(([key, cell]) => ({ key, header: t(`table.${key}`), cell }))} />;
}
