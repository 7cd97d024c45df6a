import type { ReactNode } from "react";
import { panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  label: string;
  value: string;
  hint?: string;
  /** A "so far" mark: the period has not ended. */
  soFar?: string;
  /** The page (and filter) behind the figure; the whole card links there. */
  href?: string;
  /** A small chart beside the value (decoration: the figures are in the text). */
  chart?: ReactNode;
}

/** One headline figure in a `<dl>`; with `href`, the label links onward. */
export function CardKpi({ label, value, hint, soFar, href, chart }: Props) {
  return (
    <div className={`${panel} relative min-h-28 ${href ? "hover:ring-indigo-400 focus-within:ring-2 focus-within:ring-indigo-600" : ""}`}>
      <dt className="text-sm text-slate-600">
        {href ? (
          // The link's box covers the card, so the card is one target; its name is the label.
          <Link href={href} className="after:absolute after:inset-0 after:content-[''] hover:underline focus:outline-none">
            {label}
          </Link>
        ) : (
          label
        )}
        {soFar && <span className="ms-2 rounded border border-dashed border-slate-500 px-1 text-xs text-slate-700">{soFar}</span>}
      </dt>
      <dd className="mt-1 flex flex-wrap items-end justify-between gap-2">
        <span className="text-3xl font-semibold tabular-nums">{value}</span>
        {chart}
      </dd>
      {hint && <dd className="mt-1 text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
