export function BoardSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid gap-3 md:grid-cols-4">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className={`h-96 animate-pulse rounded-xl bg-slate-200 ${i > 0 ? "hidden md:block" : ""}`} />
      ))}
    </div>
  );
}
