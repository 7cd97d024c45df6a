"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { DateRange } from "react-day-picker";
import type { Locale } from "@/core/constants";
import { addDays } from "@/core/analytics/dates";
import { monthStart, presetKeys, presetRange } from "@/lib/analytics/funnel/range-presets";
import { direction } from "@/lib/i18n/locale";
import { PopoverLazy } from "@/components/ui/popover-lazy";
import { DayPickerLazy } from "@/components/dates/day-picker-lazy";
import { fromDate, toDate } from "@/components/dates/picker-dates";

interface Props {
  from: string;
  /** Exclusive. */
  to: string;
  today: string;
  onChange: (range: { from: string; to: string }) => void;
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** The range as presets and a two-month calendar; `to` stays exclusive in the URL, the calendar shows the last day. */
export function FieldDateRange({ from, to, today, onChange }: Props) {
  const t = useTranslations("Funnel.filters");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const [open, setOpen] = useState(false);
  const lastDay = addDays(to, -1);
  const [draft, setDraft] = useState<DateRange | undefined>();
  const show = (date: string) => format.dateTime(utc(date), "date", { timeZone: "UTC" });

  const openCalendar = (next: boolean) => {
    if (next) setDraft({ from: toDate(from), to: toDate(lastDay) });
    setOpen(next);
  };
  const apply = () => {
    if (!draft?.from) return;
    onChange({ from: fromDate(draft.from), to: addDays(fromDate(draft.to ?? draft.from), 1) });
    setOpen(false);
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("range")}</legend>
      <div className="flex flex-wrap items-center gap-2">
        {presetKeys.map((key) => {
          const range = presetRange(key, today, locale);
          const active = range.from === from && range.to === to;
          return (
            <button
              key={key}
              type="button"
              aria-pressed={active}
              onClick={() => onChange(range)}
              className="rounded-full px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-100 aria-pressed:bg-indigo-700 aria-pressed:text-white aria-pressed:ring-indigo-700"
            >
              {t(`presets.${key}`)}
            </button>
          );
        })}
        <PopoverLazy
          open={open}
          onOpenChange={openCalendar}
          trigger={{
            attributes: { className: "rounded-md bg-white px-3 py-1 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100" },
            children: (
              <>
                <span className="sr-only">{t("customRange")}: </span>
                <bdi>{t("rangeValue", { from: show(from), to: show(lastDay) })}</bdi>
              </>
            ),
          }}
          content={{ dir: direction(locale), "aria-label": t("calendarLabel") }}
        >
          <DayPickerLazy
            mode="range"
            numberOfMonths={2}
            selected={draft}
            onSelect={setDraft}
            defaultMonth={toDate(monthStart(lastDay, -1, locale))}
            disabled={{ after: toDate(today) }}
          />
          <div className="mt-2 flex justify-end gap-2">
            <button type="button" onClick={() => openCalendar(false)} className="rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100">
              {t("cancel")}
            </button>
            <button type="button" onClick={apply} disabled={!draft?.from} className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-50">
              {t("apply")}
            </button>
          </div>
        </PopoverLazy>
      </div>
    </fieldset>
  );
}
