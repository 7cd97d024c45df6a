import { getFormatter, getTranslations } from "next-intl/server";
import type { LoyaltyMonth } from "@/lib/analytics/loyalty/types";
import { TableByMonth } from "./table-by-month";

interface Props {
  months: LoyaltyMonth[];
  /** The stages with feedback in the range, in journey order, with their labels. */
  stages: { key: string; label: string }[];
}

/** NPS month by month, overall and per stage: the many per-stage lines of the chart read as numbers. */
export async function TableNpsByStage({ months, stages }: Props) {
  const [t, format] = await Promise.all([getTranslations("Loyalty"), getFormatter()]);
  const score = (nps: number | null | undefined) => (nps === null || nps === undefined ? t("kpis.none") : format.number(nps, { maximumFractionDigits: 0 }));
  const columns = [
    { key: "overall", header: t("trends.npsOverall"), cell: (m: LoyaltyMonth) => score(m.nps) },
    ...stages.map((s) => ({ key: s.key, header: s.label, cell: (m: LoyaltyMonth) => score(m.npsByStage[s.key]?.nps) })),
  ];
  return <TableByMonth caption={t("table.npsByStage")} months={months} columns={columns} />;
}
