import type { getTranslations } from "next-intl/server";
import { ChannelIcon } from "@/components/ui/channel-icon";
import type { Channel } from "@/lib/journey-map/types";
import type { JourneyMapStage } from "@/lib/journey-map/types";

/** The page's translations and locale formatters, made once per table. */
export interface Formats {
  t: Awaited<ReturnType<typeof getTranslations<"JourneyMap">>>;
  channel: (c: Channel) => string;
  count: (n: number) => string;
  percent: (v: number) => string;
  decimal: (v: number) => string;
  signed: (v: number) => string;
  date: (iso: string) => string;
}

interface CellProps {
  stage: JourneyMapStage;
  f: Formats;
}

export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function CellCustomers({ stage, f }: CellProps) {
  const { t } = f;
  return (
    <div className="space-y-2">
      <dl className="space-y-1">
        <Figure label={t("entered")} value={f.count(stage.entered)} />
        <Figure label={t("current")} value={f.count(stage.current)} />
        <Figure label={t("conversion")} value={stage.conversionToNext === null ? t("none") : f.percent(stage.conversionToNext)} />
        <Figure label={t("lost")} value={f.count(stage.lost)} />
      </dl>
      {stage.lostReasons.length > 0 && (
        <div>
          <p className="text-xs text-slate-500">{t("lostReasons")}</p>
          <ul className="text-xs text-slate-700">
            {stage.lostReasons.map((r) => (
              <li key={r.reason ?? ""}>{t("reasonCount", { reason: r.reason ?? t("noReason"), count: f.count(r.count) })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function CellTime({ stage, f }: CellProps) {
  const { t } = f;
  const days = (v: number | null) => (v === null ? t("none") : t("days", { value: f.decimal(v) }));
  return (
    <dl className="space-y-1">
      <Figure label={t("median")} value={days(stage.medianDays)} />
      <Figure label={t("p90")} value={days(stage.p90Days)} />
    </dl>
  );
}

export function CellTouchpoints({ stage, f }: CellProps) {
  const { t } = f;
  return (
    <div className="space-y-2">
      <dl>
        <Figure label={t("perCustomer")} value={stage.touchpointsPerCustomer === null ? t("none") : f.decimal(stage.touchpointsPerCustomer)} />
      </dl>
      {stage.channels.length === 0 ? (
        <p className="text-xs text-slate-500">{t("noTouchpoints")}</p>
      ) : (
        <ul className="space-y-1">
          {stage.channels.map((c) => (
            <li key={c.channel} className="flex items-center gap-2 text-xs">
              <ChannelIcon channel={c.channel} className="size-3.5 shrink-0 text-slate-500" />
              <span className="w-20 shrink-0 truncate">{f.channel(c.channel)}</span>
              <span className="h-2 min-w-8 flex-1 rounded-full bg-slate-100" aria-hidden>
                <span className="block h-2 rounded-full bg-indigo-500 print:bg-indigo-700" style={{ width: `${c.share * 100}%` }} />
              </span>
              <span className="w-12 shrink-0 text-end tabular-nums">{f.percent(c.share)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
