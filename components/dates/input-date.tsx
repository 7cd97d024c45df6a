"use client";

import { CalendarDays } from "lucide-react";
import { useFormatter, useLocale, useNow, useTimeZone, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { localDate } from "@/core/analytics/dates";
import type { Locale } from "@/core/constants";
import { formatTypedDate, formatTypedTime, parseTypedDate, parseTypedTime, submittedDate } from "@/core/i18n/typed-dates";
import { direction } from "@/lib/i18n/locale";
import { PopoverLazy } from "@/components/ui/popover-lazy";
import { DayPickerLazy } from "./day-picker-lazy";
import { fromDate, toDate } from "./picker-dates";

/** What `Field` hands its control. */
interface FieldProps {
  id: string;
  name: string;
  className: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

interface Props extends FieldProps {
  /** ISO `YYYY-MM-DD`. */
  defaultValue?: string;
  required?: boolean;
  /** Also a time of day: the form then submits the instant in the organization's time zone. */
  withTime?: boolean;
}

const utcNoon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * The app's one date (and date-time) field: typed or picked in the page's calendar and digits
 * (Jalali in `fa`; in `he` the organization's calendar is shown beneath), submitted as ISO through a
 * hidden input. Text that names no date is submitted as typed, so the server's validation refuses
 * it with the form's usual error.
 */
export function InputDate({ id, name, className, defaultValue, required, withTime, ...aria }: Props) {
  const t = useTranslations("DateField");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const timeZone = useTimeZone() ?? "UTC";
  // The request's instant and the organization's zone: the server and the browser show the same example.
  const today = localDate(useNow().getTime(), timeZone);
  const initial = defaultValue ? formatTypedDate(defaultValue, locale) : "";
  const [text, setText] = useState(initial);
  const [timeText, setTimeText] = useState("");
  const [open, setOpen] = useState(false);
  // A saved value coming back from the server (the page refreshes after a save) replaces the text.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setText(initial);
  }
  const hidden = useRef<HTMLInputElement>(null);

  // The form's reset (after a successful save) empties the hidden input's source too.
  useEffect(() => {
    const form = hidden.current?.form;
    const reset = () => {
      setText(initial);
      setTimeText("");
    };
    form?.addEventListener("reset", reset);
    return () => form?.removeEventListener("reset", reset);
  }, [initial]);

  const date = parseTypedDate(text, locale);
  const submitted = submittedDate(text, { locale, timeZone, time: withTime ? timeText : undefined });
  const shown = !text.trim()
    ? t("example", { example: formatTypedDate(today, locale) })
    : date
      ? // Not dateStyle "full": CLDR's Persian full pattern joins the weekday with an ASCII comma.
        t("reading", {
          weekday: format.dateTime(utcNoon(date), "calendar", { weekday: "long", timeZone: "UTC" }),
          date: format.dateTime(utcNoon(date), "date", { timeZone: "UTC" }),
        })
      : t("notADate");
  const readingId = `${id}-reading`;
  // Field's control classes size a lone control (full width, top margin); here the row sizes its parts.
  const control = className.replace(/(^|\s)(block|w-full|mt-1)(?=\s|$)/g, " ").trim();
  const describedBy = [aria["aria-describedby"], readingId].filter(Boolean).join(" ");

  return (
    <>
      <div className="mt-1 flex items-stretch gap-2">
        <input
          id={id}
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          required={required}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={aria["aria-invalid"]}
          aria-describedby={describedBy}
          className={`${control} min-w-0 flex-1`}
        />
        {withTime && (
          <input
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            aria-label={t("time")}
            placeholder={formatTypedTime("00:00", locale)}
            value={timeText}
            onChange={(event) => setTimeText(event.target.value)}
            aria-invalid={withTime && timeText.trim() !== "" && parseTypedTime(timeText) === null ? true : undefined}
            className={`${control} w-20 shrink-0`}
          />
        )}
        <PopoverLazy
          open={open}
          onOpenChange={setOpen}
          trigger={{
            attributes: { "aria-label": t("openCalendar"), className: "shrink-0 rounded-lg px-2 text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100" },
            children: <CalendarDays aria-hidden className="size-5" />,
          }}
          content={{ dir: direction(locale), "aria-label": t("calendar") }}
        >
          <DayPickerLazy
            mode="single"
            captionLayout="dropdown"
            startMonth={new Date(1900, 0)}
            endMonth={new Date(new Date().getFullYear() + 5, 11)}
            selected={date ? toDate(date) : undefined}
            defaultMonth={date ? toDate(date) : undefined}
            onSelect={(picked) => {
              if (picked) setText(formatTypedDate(fromDate(picked), locale));
              setOpen(false);
            }}
          />
        </PopoverLazy>
      </div>
      <p id={readingId} className="mt-1 text-xs text-slate-600" aria-live="polite">
        {shown}
      </p>
      <input ref={hidden} type="hidden" name={name} value={submitted} />
    </>
  );
}
