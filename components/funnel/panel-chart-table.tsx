"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

/**
 * A chart with its table alternative. The table is always in the page for screen readers (the
 * chart is hidden from them); the button shows it on screen in place of the chart.
 */
export function PanelChartTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  const t = useTranslations("Funnel.view");
  const [showTable, setShowTable] = useState(false);
  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <button
          type="button"
          aria-pressed={showTable}
          onClick={() => setShowTable(!showTable)}
          className="rounded-md px-2 py-1 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50"
        >
          {showTable ? t("showChart") : t("showTable")}
        </button>
      </div>
      <div aria-hidden className={showTable ? "hidden" : undefined}>
        {chart}
      </div>
      <div className={showTable ? "overflow-x-auto" : "sr-only"}>{table}</div>
    </div>
  );
}
