"use client";

import { useFormatter } from "next-intl";
import { useImportText } from "./use-import-text";

/** Rows done out of the file's rows, for eyes and for screen readers (aria-valuenow / max). */
export function BarImportProgress({ done, total }: { done: number; total: number }) {
  const { t } = useImportText();
  const format = useFormatter();
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const text = t("import.progress", { done: format.number(done), total: format.number(total) });
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={t("import.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-300" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="text-sm text-slate-700" aria-hidden>
        {text} · {format.number(share, { style: "percent" })}
      </p>
    </div>
  );
}
