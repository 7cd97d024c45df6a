import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/journey-map/types";
import type { JourneyMap } from "@/lib/journey-map/types";
import { CellCustomers, CellTime, CellTouchpoints, type Formats } from "./cells-journey-map";
import { CellNotes } from "./cell-notes";
import { CellVoice } from "./cell-voice";

const rows = ["customers", "time", "touchpoints", "voice", "notes"] as const;

interface Props {
  id: string;
  map: JourneyMap;
  caption: string;
  canEditNotes: boolean;
  locale: Locale;
}

/**
 * One column per stage in journey order and one row per aspect. A table, so the columns follow the
 * page's direction (the first stage at the start: the right in he and fa) and a phone scrolls them
 * sideways from the start, with the row names kept in view.
 */
export async function TableJourneyMap({ id, map, caption, canEditNotes, locale }: Props) {
  const [t, tc, format] = await Promise.all([getTranslations("JourneyMap"), getTranslations("Channels"), getFormatter()]);
  const f: Formats = {
    t,
    channel: (c) => tc(c),
    count: (n) => format.number(n),
    percent: (v) => format.number(v, { style: "percent", maximumFractionDigits: 1 }),
    decimal: (v) => format.number(v, { maximumFractionDigits: 1 }),
    signed: (v) => format.number(v, { maximumFractionDigits: 0, signDisplay: "exceptZero" }),
    date: (iso) => format.dateTime(new Date(iso), "date"),
  };
  const cell = (row: (typeof rows)[number], stage: JourneyMap["stages"][number]): ReactNode => {
    if (row === "customers") return <CellCustomers stage={stage} f={f} />;
    if (row === "time") return <CellTime stage={stage} f={f} />;
    if (row === "touchpoints") return <CellTouchpoints stage={stage} f={f} />;
    if (row === "voice") return <CellVoice stage={stage} f={f} />;
    return <CellNotes stage={stage} f={f} canEdit={canEditNotes} locale={locale} />;
  };
  return (
    <div id={id} className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 print:overflow-visible print:shadow-none print:ring-0">
      <table className="w-full border-collapse text-sm print:text-[8pt]">
        <caption className="px-4 pt-3 pb-1 text-start text-base font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky start-0 z-10 bg-white px-3 py-2 text-start text-xs font-medium text-slate-500 print:static">
              {t("stage")}
            </th>
            {map.stages.map((s, i) => (
              <th key={s.key} scope="col" className="min-w-60 border-s border-slate-100 px-3 py-2 text-start align-bottom print:min-w-0">
                <span className="me-2 inline-flex size-6 items-center justify-center rounded-full bg-indigo-700 text-xs text-white">{f.count(i + 1)}</span>
                <span className="text-base font-semibold">{s.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row} className="border-t border-slate-200 align-top">
              <th scope="row" className="sticky start-0 z-10 w-28 bg-slate-50 px-3 py-3 text-start text-xs font-semibold text-slate-700 print:static">
                {t(`rows.${row}`)}
              </th>
              {map.stages.map((s) => (
                <td key={s.key} className="border-s border-slate-100 px-3 py-3" data-stage={s.key} data-row={row}>
                  {cell(row, s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
