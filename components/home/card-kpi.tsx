import { panel } from "@/components/ui/panel";

export function CardKpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className={panel}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="mt-1 text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}
