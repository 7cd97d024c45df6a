"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { Locale } from "@/core/constants";
import { direction } from "@/lib/i18n/locale";
import { PopoverLazy } from "@/components/ui/popover-lazy";
import { DayPickerLazy } from "@/components/dates/day-picker-lazy";
import { fromDate, toDate } from "@/components/dates/picker-dates";

interface Props {
  label: string;
  /** The chosen local date, or undefined for none. */
  value: string | undefined;
  today: string;
  onChange: (value: string | undefined) => void;
}

/** One optional date from the locale's calendar, with a way back to none. */
export function FieldDate({ label, value, today, onChange }: Props) {
  const t = useTranslations("Funnel.filters");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const [open, setOpen] = useState(false);
  const shown = value ? format.dateTime(new Date(`${value}T00:00:00Z`), "date", { timeZone: "UTC" }) : t("asOfNone");
  return (
    <div className="flex flex-col gap-1 text-sm text-slate-700">
      <span id="funnel-as-of-label">{label}</span>
      <div className="flex items-center gap-1">
        <PopoverLazy
          open={open}
          onOpenChange={setOpen}
          trigger={{
            attributes: { "aria-labelledby": "funnel-as-of-label funnel-as-of-value", className: "rounded-md bg-white px-2 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100" },
            children: <bdi id="funnel-as-of-value">{shown}</bdi>,
          }}
          content={{ dir: direction(locale), "aria-label": label }}
        >
          <DayPickerLazy
            mode="single"
            selected={value ? toDate(value) : undefined}
            defaultMonth={toDate(value ?? today)}
            disabled={{ after: toDate(today) }}
            onSelect={(date) => {
              onChange(date ? fromDate(date) : undefined);
              setOpen(false);
            }}
          />
        </PopoverLazy>
        {value && (
          <button type="button" onClick={() => onChange(undefined)} className="rounded-md px-2 py-1.5 text-slate-600 hover:bg-slate-100">
            {t("clear")}
          </button>
        )}
      </div>
    </div>
  );
}
