"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { channels, journeys } from "@/core/constants";
import { breakdowns, cohortKinds, funnelOrders } from "@/core/analytics/types";
import { panel } from "@/components/ui/panel";
import { FieldDate } from "./field-date";
import { FieldDateRange } from "./field-date-range";
import { useUrlFilters } from "./use-url-filters";

/** The filters as URL values (all strings; empty means the default). */
export interface FilterValues {
  from: string;
  to: string;
  journey: string;
  cohort: string;
  order: string;
  window: string;
  breakdown: string;
  asOf: string;
  channel: string;
  owner: string;
}

const defaults: Partial<FilterValues> = { journey: "acquisition", cohort: "created", order: "any" };

interface Props {
  initial: FilterValues;
  today: string;
  staff: { id: string; name: string }[];
}

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-sm text-slate-700">
      {label}
      {children}
    </label>
  );
}

/**
 * Every filter lives in the URL: a change replaces the URL and the server renders the widgets
 * again, so a link reproduces the view. Without JavaScript the form still submits as a GET.
 */
export function FormFunnelFilters({ initial, today, staff }: Props) {
  const t = useTranslations("Funnel.filters");
  const tc = useTranslations("Channels");
  const { values, setValues, apply, onSubmit, pending } = useUrlFilters("/funnel", initial, defaults);
  const bind = (name: keyof FilterValues) => ({ name, value: values[name], onChange: (e: { target: { value: string } }) => apply({ [name]: e.target.value }) });

  return (
    <form method="get" onSubmit={onSubmit} aria-label={t("label")} aria-busy={pending} className={`space-y-4 ${panel}`}>
      <FieldDateRange from={values.from} to={values.to} today={today} onChange={(range) => apply(range)} />
      <input type="hidden" name="from" value={values.from} />
      <input type="hidden" name="to" value={values.to} />
      <input type="hidden" name="asOf" value={values.asOf} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("journey")}>
          <select {...bind("journey")} className={select}>
            {journeys.map((j) => <option key={j} value={j}>{t(`journeys.${j}`)}</option>)}
          </select>
        </Field>
        <Field label={t("cohort")}>
          <select {...bind("cohort")} className={select}>
            {cohortKinds.map((c) => <option key={c} value={c}>{t(`cohorts.${c}`)}</option>)}
          </select>
        </Field>
        <Field label={t("order")}>
          <select {...bind("order")} className={select}>
            {funnelOrders.map((o) => <option key={o} value={o}>{t(`orders.${o}`)}</option>)}
          </select>
        </Field>
        <Field label={t("window")}>
          <input
            name="window"
            value={values.window}
            onChange={(e) => setValues({ ...values, window: e.target.value })}
            onBlur={() => values.window !== initial.window && apply({})}
            type="number"
            min={1}
            max={3650}
            inputMode="numeric"
            placeholder={t("windowHint")}
            className={`${select} w-44`}
          />
        </Field>
        <Field label={t("breakdown")}>
          <select {...bind("breakdown")} className={select}>
            <option value="">{t("breakdowns.none")}</option>
            {breakdowns.map((b) => <option key={b} value={b}>{t(`breakdowns.${b}`)}</option>)}
          </select>
        </Field>
        <Field label={t("channel")}>
          <select {...bind("channel")} className={select}>
            <option value="">{t("all")}</option>
            {channels.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
          </select>
        </Field>
        <Field label={t("owner")}>
          <select {...bind("owner")} className={select}>
            <option value="">{t("all")}</option>
            {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
        <FieldDate label={t("asOf")} value={values.asOf || undefined} today={today} onChange={(asOf) => apply({ asOf: asOf ?? "" })} />
        <noscript>
          <button type="submit" className="rounded-md bg-indigo-700 px-4 py-1.5 text-sm font-medium text-white">{t("apply")}</button>
        </noscript>
        <p role="status" className="text-sm text-slate-500">{pending ? t("updating") : ""}</p>
      </div>
    </form>
  );
}
