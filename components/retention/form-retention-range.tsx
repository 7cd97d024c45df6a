import { getFormatter, getTranslations } from "next-intl/server";
import { addMonths, monthsFrom, type Month, type MonthRange } from "@/lib/analytics/retention/months";
import { MAX_RANGE_MONTHS, retentionModes, type RetentionMode } from "@/lib/analytics/retention/params";
import { monthLabel } from "./month-label";
import { panel } from "@/components/ui/panel";

interface Props {
  range: MonthRange;
  current: Month;
  /** Shown on the retention page only. */
  mode?: RetentionMode;
  invalid: boolean;
}

/**
 * The range (and mode) as a plain GET form, so they live in the URL and work without JavaScript.
 * `to` is exclusive in the URL: each "to" option's value is the month after the one it shows.
 */
export async function FormRetentionRange({ range, current, mode, invalid }: Props) {
  const [t, format] = await Promise.all([getTranslations("Retention"), getFormatter()]);
  // The last three years, widened to the range shown so its ends are always selectable.
  const earliest = addMonths(current, -(MAX_RANGE_MONTHS - 1));
  const options = monthsFrom(range.first < earliest ? range.first : earliest, range.last > current ? range.last : current).reverse();
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" className={`flex flex-wrap items-end gap-3 ${panel}`}>
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        {t("range.from")}
        <select name="from" defaultValue={range.first} className={select}>
          {options.map((m) => (
            <option key={m} value={m}>
              {monthLabel(format, m, "long")}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        {t("range.to")}
        <select name="to" defaultValue={addMonths(range.last, 1)} className={select}>
          {options.map((m) => (
            <option key={m} value={addMonths(m, 1)}>
              {monthLabel(format, m, "long")}
            </option>
          ))}
        </select>
      </label>
      {mode && (
        <fieldset className="flex flex-col gap-1 text-sm text-slate-700">
          <legend className="mb-1">{t("range.mode")}</legend>
          <div className="flex gap-3">
            {retentionModes.map((m) => (
              <label key={m} className="flex items-center gap-1.5">
                <input type="radio" name="mode" value={m} defaultChecked={m === mode} />
                {t(`modes.${m}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <button type="submit" className="rounded-md bg-indigo-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
        {t("range.apply")}
      </button>
      {invalid && (
        <p role="alert" className="w-full text-sm text-amber-800">
          {t("range.invalid")}
        </p>
      )}
    </form>
  );
}
