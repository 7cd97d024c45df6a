/** A widget's placeholder while it streams in. */
export function SkeletonPanel({ label, height = "h-80" }: { label: string; height?: string }) {
  return (
    <div role="status" aria-label={label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="mb-4 h-5 w-48 animate-pulse rounded bg-slate-200" />
      <div className={`${height} w-full animate-pulse rounded-lg bg-slate-100`} />
    </div>
  );
}
