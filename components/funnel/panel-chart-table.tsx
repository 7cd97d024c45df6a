"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { ScrollBox } from "@/components/ui/scroll-box";
import { phoneQuery, useMediaQuery } from "@/components/ui/use-media-query";

interface Props {
  /** Names the table's scrolling box. */
  title: string;
  chart: ReactNode;
  table: ReactNode;
  /** A chart that cannot be read at phone width (the flow map) is replaced there by its table. */
  tableOnPhone?: boolean;
}

/**
 * A chart with its table alternative. The table is always in the page for screen readers (the
 * chart is hidden from them); the button shows it on screen in place of the chart.
 */
export function PanelChartTable({ title, chart, table, tableOnPhone = false }: Props) {
  const t = useTranslations("Funnel.view");
  const [showTable, setShowTable] = useState(false);
  const phone = useMediaQuery(phoneQuery);
  const phoneTable = tableOnPhone && phone;
  const tableShown = showTable || phoneTable;
  return (
    <div className="space-y-2">
      {!phoneTable && (
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
      )}
      <div aria-hidden className={tableShown ? "hidden" : undefined}>
        {chart}
      </div>
      {/* Out of sight the table is not a scroller, so it is no tab stop either. */}
      {tableShown ? <ScrollBox label={title}>{table}</ScrollBox> : <div className="sr-only">{table}</div>}
    </div>
  );
}
