"use client";

import { useTranslations } from "next-intl";
import { FieldDateRange } from "@/components/funnel/field-date-range";
import { useUrlFilters } from "@/components/funnel/use-url-filters";
import { journeys } from "@/core/constants";

type Values = { journey: string; from: string; to: string };

/** The journey and the range live in the URL, so a link reproduces the map; without JavaScript the form submits as a GET. */
export function FormJourneyFilters({ initial, today }: { initial: Values; today: string }) {
  const t = useTranslations("JourneyMap.filters");
  const { values, apply, onSubmit, pending } = useUrlFilters("/journey", initial, { journey: "acquisition" });
  return (
    <form
      method="get"
      onSubmit={onSubmit}
      aria-label={t("label")}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:hidden"
    >
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        {t("journey")}
        <select name="journey" value={values.journey} onChange={(e) => apply({ journey: e.target.value })} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {journeys.map((j) => (
            <option key={j} value={j}>
              {t(`journeys.${j}`)}
            </option>
          ))}
        </select>
      </label>
      <FieldDateRange from={values.from} to={values.to} today={today} onChange={(range) => apply(range)} />
      <input type="hidden" name="from" value={values.from} />
      <input type="hidden" name="to" value={values.to} />
    </form>
  );
}
