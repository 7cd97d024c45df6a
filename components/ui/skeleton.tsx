import { panel } from "./panel";

/** A widget's placeholder while it streams in: a panel with a title bar and a body of `height`. */
export function SkeletonPanel({ label, height = "h-80" }: { label: string; height?: string }) {
  return (
    <div role="status" aria-label={label} className={`space-y-3 ${panel}`}>
      <div className="h-5 w-48 animate-pulse rounded bg-slate-200" />
      <div className={`${height} w-full animate-pulse rounded-lg bg-slate-100`} />
    </div>
  );
}

/** Placeholders for a row of KPI cards. */
export function SkeletonCards({ count, label }: { count: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-200" />
      ))}
    </div>
  );
}
