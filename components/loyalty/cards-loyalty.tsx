import { getFormatter, getTranslations } from "next-intl/server";
import { signed } from "@/core/i18n/numbers";
import { CardKpi } from "@/components/home/card-kpi";
import { getLoyaltyFor } from "@/lib/analytics/loyalty/service";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import { monthLabel } from "@/components/retention/month-label";
import type { CurrentUser } from "@/lib/auth/session";

/** The last month of the range at a glance. */
export async function CardsLoyalty({ user, from, to }: { user: CurrentUser; from?: string; to?: string }) {
  const [t, format, { months }, { currency }] = await Promise.all([
    getTranslations("Loyalty"),
    getFormatter(),
    getLoyaltyFor(user, { from, to }),
    getAnalyticsMonthsFor(user, { from, to }),
  ]);
  const last = months.at(-1);
  if (!last) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const none = t("kpis.none");
  const month = monthLabel(format, last.month, "long");
  const hint = last.partial ? t("soFar", { month }) : month;
  const percent = (v: number | null) => (v === null ? none : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const score = (v: number | null) => (v === null ? none : signed(format, v, { maximumFractionDigits: 0 }));
  const money = (minor: number) => format.number(minor / 100, { style: "currency", currency, maximumFractionDigits: 0 });
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <CardKpi label={t("kpis.repeatRate")} value={percent(last.repeatRate)} hint={hint} />
      <CardKpi label={t("kpis.nps")} value={score(last.nps)} hint={hint} />
      <CardKpi label={t("kpis.loyaltyCount")} value={format.number(last.loyaltyCount)} hint={hint} />
      <CardKpi label={t("kpis.churned")} value={format.number(last.churned)} hint={hint} />
      <CardKpi label={t("kpis.revenue")} value={money(last.revenueMinor)} hint={hint} />
    </dl>
  );
}
