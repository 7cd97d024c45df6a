import { getFormatter, getTranslations } from "next-intl/server";
import { LOST, type Channel } from "@/core/constants";
import { isolate } from "@/core/i18n/bidi";
import { timeInStages } from "@/lib/journey/visits";
import { Panel } from "@/components/ui/panel";

export interface TimelineMove {
  id: string;
  from: string | null;
  to: string;
  at: string;
  actorName: string | null;
  /** Set when a playbook made the move; its name is null once the playbook is deleted. */
  automationId: string | null;
  automationName: string | null;
  channel: Channel | null;
  note: string | null;
  reason: string | null;
}

/** A merge into this customer: the merged-away record's name and its moves, kept as they were. */
export interface TimelineMerge {
  id: string;
  at: string;
  name: string;
  actorName: string | null;
  moves: TimelineMove[];
}

type Entry = { at: string; move: TimelineMove; mergedFrom?: string } | { at: string; merge: TimelineMerge };

/** The customer's moves, the moves of the records merged into it, and the merges themselves, newest first. */
function entries(moves: TimelineMove[], merges: TimelineMerge[]): Entry[] {
  const all: Entry[] = [
    ...moves.map((move) => ({ at: move.at, move })),
    ...merges.flatMap((merge) => [{ at: merge.at, merge }, ...merge.moves.map((move) => ({ at: move.at, move, mergedFrom: merge.name }))]),
  ];
  return all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

const DAY_MS = 86_400_000;

/**
 * The stage history, newest first, with the merges into the customer and the merged records' moves
 * (marked as theirs), and the time spent in each stage (latest visit and all visits) from the
 * customer's own moves.
 */
export async function SectionTimeline({ moves, merges = [], stageLabels, now }: { moves: TimelineMove[]; merges?: TimelineMerge[]; stageLabels: Record<string, string>; now: Date }) {
  const [t, tc, format] = await Promise.all([getTranslations("Customer"), getTranslations("Channels"), getFormatter()]);
  const label = (key: string | null) => (key === null ? t("timeline.start") : key === LOST ? t("timeline.lost") : (stageLabels[key] ?? key));
  const byPlaybook = (name: string | null) => (name === null ? t("activity.byDeletedPlaybook") : t("activity.byPlaybook", { name: isolate(name) }));
  const days = (ms: number) => format.number(ms / DAY_MS, { maximumFractionDigits: 1 });
  const times = timeInStages(moves.map((m) => ({ toKey: m.to, at: new Date(m.at) })), now);
  return (
    <Panel aria-labelledby="timeline-title" gap={4}>
      <h2 id="timeline-title" className="text-lg font-semibold">{t("timeline.title")}</h2>
      <ol className="space-y-3 border-s-2 border-indigo-100 ps-4">
        {entries(moves, merges).map((entry) =>
          "merge" in entry ? (
            <li key={`merge-${entry.merge.id}`} className="relative">
              <span aria-hidden className="absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-amber-500" />
              <p className="text-sm font-medium">{t("timeline.merged", { name: isolate(entry.merge.name) })}</p>
              <p className="text-xs text-slate-600">
                {format.dateTime(new Date(entry.at), "dateTime")}
                {entry.merge.actorName && ` · ${entry.merge.actorName}`}
              </p>
            </li>
          ) : (
            <li key={entry.move.id} className="relative">
              <span aria-hidden className={`absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full ${entry.mergedFrom ? "bg-slate-400" : "bg-indigo-500"}`} />
              <p className="text-sm font-medium">
                {label(entry.move.from)} <span aria-hidden className="inline-block rtl:rotate-180">→</span>
                <span className="sr-only">{t("timeline.to")}</span> {label(entry.move.to)}
              </p>
              {entry.mergedFrom && <p className="text-xs text-slate-600">{t("timeline.ofMerged", { name: isolate(entry.mergedFrom) })}</p>}
              <p className="text-xs text-slate-600">
                {format.dateTime(new Date(entry.at), "dateTime")}
                {entry.move.actorName && ` · ${entry.move.actorName}`}
                {entry.move.automationId && ` · ${byPlaybook(entry.move.automationName)}`}
                {entry.move.channel && ` · ${tc(entry.move.channel)}`}
              </p>
              {entry.move.reason && <p className="text-sm text-amber-900">{t("timeline.reason", { reason: entry.move.reason })}</p>}
              {entry.move.note && <p className="text-sm text-slate-700">{entry.move.note}</p>}
            </li>
          ),
        )}
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
    </Panel>
  );
}
