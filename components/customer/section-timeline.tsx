import { getFormatter, getTranslations } from "next-intl/server";
import { LOST, type Channel } from "@/db/schema/constants";
import { timeInStages } from "@/lib/journey/visits";

interface Move {
  id: string;
  from: string | null;
  to: string;
  at: string;
  actorName: string | null;
  channel: Channel | null;
  note: string | null;
  reason: string | null;
}

const DAY_MS = 86_400_000;

/** The stage history, newest first, and the time spent in each stage (latest visit and all visits). */
export async function SectionTimeline({ moves, stageLabels, now }: { moves: Move[]; stageLabels: Record<string, string>; now: Date }) {
  const [t, tc, format] = await Promise.all([getTranslations("Customer"), getTranslations("Channels"), getFormatter()]);
  const label = (key: string | null) => (key === null ? t("timeline.start") : key === LOST ? t("timeline.lost") : (stageLabels[key] ?? key));
  const days = (ms: number) => format.number(ms / DAY_MS, { maximumFractionDigits: 1 });
  const times = timeInStages(moves.map((m) => ({ toKey: m.to, at: new Date(m.at) })), now);
  return (
    <section aria-labelledby="timeline-title" className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="timeline-title" className="text-lg font-semibold">{t("timeline.title")}</h2>
      <ol className="space-y-3 border-s-2 border-indigo-100 ps-4">
        {[...moves].reverse().map((m) => (
          <li key={m.id} className="relative">
            <span aria-hidden className="absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-indigo-500" />
            <p className="text-sm font-medium">
              {label(m.from)} <span aria-hidden className="inline-block rtl:rotate-180">→</span>
              <span className="sr-only">{t("timeline.to")}</span> {label(m.to)}
            </p>
            <p className="text-xs text-slate-600">
              {format.dateTime(new Date(m.at), "dateTime")}
              {m.actorName && ` · ${m.actorName}`}
              {m.channel && ` · ${tc(m.channel)}`}
            </p>
            {m.reason && <p className="text-sm text-amber-900">{t("timeline.reason", { reason: m.reason })}</p>}
            {m.note && <p className="text-sm text-slate-700">{m.note}</p>}
          </li>
        ))}
      </ol>
      <table className="w-full text-sm">
        <caption className="mb-2 text-start font-medium">{t("timeline.timeInStage")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="text-start font-normal">{t("timeline.stage")}</th>
            <th scope="col" className="text-start font-normal">{t("timeline.latest")}</th>
            <th scope="col" className="text-start font-normal">{t("timeline.cumulative")}</th>
            <th scope="col" className="text-start font-normal">{t("timeline.visits")}</th>
          </tr>
        </thead>
        <tbody>
          {times.map((row) => (
            <tr key={row.key} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-start font-medium">{label(row.key)}</th>
              <td className="tabular-nums">{t("timeline.days", { days: days(row.latestMs) })}</td>
              <td className="tabular-nums">{t("timeline.days", { days: days(row.cumulativeMs) })}</td>
              <td className="tabular-nums">{format.number(row.visits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
