import { panel } from "@/components/ui/panel";

/*
 * The home widgets' placeholders while each streams in: the same grid, panels and line heights as
 * the widget they stand for, so nothing below them moves when the widget arrives.
 */

const bar = "animate-pulse rounded bg-slate-200";

/**
 * A row of KPI cards (CardKpi: a label line, a value line, a hint line; min-h-28 like the card),
 * `titled` under a small heading line as the trends are.
 */
export function SkeletonKpiCards({ count, grid, label, titled = false }: { count: number; grid: string; label: string; titled?: boolean }) {
  return (
    <div role="status" aria-label={label} className="space-y-2">
      {titled && <div className={`h-5 w-56 ${bar}`} />}
      <div className={`grid gap-4 ${grid}`}>
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className={`${panel} min-h-28`}>
            <div className={`h-5 w-24 ${bar}`} />
            <div className={`mt-1 h-9 w-20 ${bar}`} />
            <div className={`mt-1 h-4 w-32 ${bar}`} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** Titled list panels side by side (tasks, retention care, team calls): a title line and the first line of the list. */
export function SkeletonListPanels({ count, label }: { count: number; label: string }) {
  return (
    <div role="status" aria-label={label} className={`grid gap-4 ${count > 1 ? "md:grid-cols-2" : ""}`}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={panel}>
          <div className={`h-6 w-40 ${bar}`} />
          <div className={`mt-2 h-5 w-full ${bar}`} />
        </div>
      ))}
    </div>
  );
}

/** The stage table: its caption and one row per stage. */
export function SkeletonStageTable({ rows, label }: { rows: number; label: string }) {
  return (
    <div role="status" aria-label={label}>
      <div className={`mb-3 h-6 w-48 ${bar}`} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-3 border-t border-slate-100 py-2">
          <div className={`h-5 w-1/4 ${bar}`} />
          <div className={`h-5 w-1/2 ${bar}`} />
        </div>
      ))}
    </div>
  );
}
