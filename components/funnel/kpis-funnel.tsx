import { getFormatter, getTranslations } from "next-intl/server";
import { CardKpi } from "@/components/home/card-kpi";
import { funnelKpisViewFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import { change, type FunnelKpis } from "@/core/analytics/kpis";
import { signed } from "@/core/i18n/numbers";
import { addDays } from "@/core/analytics/dates";
import type { FunnelParams } from "@/lib/analytics/funnel/params";

/** Headline figures of the range against the period before it; a range that has not ended counts its days so far against as many days. */
export async function KpisFunnel({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const [t, format, kpis] = await Promise.all([getTranslations("Funnel.kpis"), getFormatter(), funnelKpisViewFor(user, params)]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const days = (v: number | null) => (v === null ? t("none") : format.number(v, { maximumFractionDigits: 1 }));
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), "date", { timeZone: "UTC" });
  const lastDay = (range: { to: string }) => addDays(range.to, -1);
  const cards: { key: keyof FunnelKpis; label: string; show: (v: number | null) => string }[] = [
    { key: "cohortSize", label: t("cohortSize"), show: (v) => format.number(v ?? 0) },
    { key: "converted", label: t("converted"), show: (v) => format.number(v ?? 0) },
    { key: "conversionRate", label: t("conversionRate"), show: (v) => percent(v ?? 0) },
    { key: "medianDaysToConvert", label: t("medianDays"), show: days },
  ];
  const hint = (key: keyof FunnelKpis, show: (v: number | null) => string) => {
    const delta = change(kpis.current[key], kpis.previous[key]);
    const value = show(kpis.previous[key]);
    return delta === null
      ? t("noComparison", { value })
      : t("vsPrevious", { change: signed(format, delta, { style: "percent", maximumFractionDigits: 0 }), value });
  };
  return (
    <section aria-label={t("label")} className="space-y-2">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((c) => (
          <CardKpi key={c.key} label={c.label} value={c.show(kpis.current[c.key])} hint={hint(c.key, c.show)} soFar={kpis.partial ? t("soFar") : undefined} />
        ))}
      </dl>
      <p className="text-xs text-slate-600" data-partial={kpis.partial || undefined}>
        {kpis.partial
          ? t("partialRange", { from: day(kpis.currentRange.from), to: day(lastDay(kpis.currentRange)), prevFrom: day(kpis.previousRange.from), prevTo: day(lastDay(kpis.previousRange)) })
          : t("previousRange", { from: day(kpis.previousRange.from), to: day(lastDay(kpis.previousRange)) })}
      </p>
    </section>
  );
}
