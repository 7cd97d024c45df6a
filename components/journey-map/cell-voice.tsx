import { Link } from "@/lib/i18n/navigation";
import type { JourneyMapStage, Quote } from "@/lib/journey-map/types";
import type { Formats } from "./cells-journey-map";

function Trend({ nps, previous, f }: { nps: number | null; previous: number | null; f: Formats }) {
  const { t } = f;
  if (previous === null) return <p className="text-xs text-slate-500">{t("npsNoPrevious")}</p>;
  const delta = nps === null ? null : Math.round(nps) - Math.round(previous);
  const trend = delta === null ? null : delta > 0 ? t("trendUp", { delta: f.count(delta) }) : delta < 0 ? t("trendDown", { delta: f.count(-delta) }) : t("trendFlat");
  const tone = delta === null || delta === 0 ? "text-slate-600" : delta > 0 ? "text-emerald-700" : "text-red-700";
  return (
    <p className="text-xs text-slate-600">
      {t("npsPrevious")} <span className="isolate-ltr">{f.signed(previous)}</span>
      {trend && <span className={`ms-1 font-medium ${tone}`}>({trend})</span>}
    </p>
  );
}

function Quotes({ title, quotes, tone, f }: { title: string; quotes: Quote[]; tone: string; f: Formats }) {
  return (
    <div>
      <p className={`text-xs font-medium ${tone}`}>{title}</p>
      {quotes.length === 0 ? (
        <p className="text-xs text-slate-500">{f.t("noQuotes")}</p>
      ) : (
        <ul className="space-y-1.5">
          {quotes.map((q) => (
            <li key={`${q.customerId}/${q.at}`} className="text-xs">
              <blockquote className="line-clamp-3 border-s-2 border-slate-300 ps-2 text-slate-800">{q.comment}</blockquote>
              <p className="ps-2.5">
                <Link href={`/customers/${q.customerId}`} className="text-indigo-800 hover:underline">
                  <bdi>{q.customerName}</bdi>
                </Link>{" "}
                <span className="text-slate-500">· {f.t("quoteMeta", { score: f.count(q.score), date: f.date(q.at) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** NPS of the feedback given while in the stage, its trend, and the newest comments of each side. */
export function CellVoice({ stage, f }: { stage: JourneyMapStage; f: Formats }) {
  const { t } = f;
  return (
    <div className="space-y-2">
      <div>
        <p className="flex items-baseline gap-2">
          <span className="text-xs text-slate-600">{t("nps")}</span>
          <span className="isolate-ltr text-xl font-semibold tabular-nums">{stage.nps === null ? t("none") : f.signed(stage.nps)}</span>
        </p>
        <Trend nps={stage.nps} previous={stage.npsPrevious} f={f} />
      </div>
      <Quotes title={t("detractors")} quotes={stage.quotes.detractors} tone="text-red-700" f={f} />
      <Quotes title={t("promoters")} quotes={stage.quotes.promoters} tone="text-emerald-700" f={f} />
    </div>
  );
}
