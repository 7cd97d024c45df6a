"use client";

import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { BoardColumn } from "@/lib/board/types";
import { useBoard } from "./board-context";
import { useBoardValues } from "./use-board-queries";
import { useMoney } from "./use-money";

export function BoardColumnHeader({ column, headingId }: { column: BoardColumn; headingId: string }) {
  const t = useTranslations("Board");
  const { currency, labelOf, journey, filters } = useBoard();
  const money = useMoney(currency);
  // The server starts the values without waiting; they may have reached the browser before it hydrates.
  const streamed = useBoardValues(journey, filters).data?.[column.key];
  const value = useHydrated() ? streamed : undefined;
  return (
    <header className="px-1 pb-2">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="truncate font-semibold text-slate-900">
          {labelOf(column.key)}
        </h2>
        <span className="shrink-0 text-sm tabular-nums text-slate-600">{t("columnSummary", { count: column.count })}</span>
      </div>
      <p className="text-xs tabular-nums text-slate-600" aria-busy={value === undefined}>
        {t("value", { value: value === undefined ? "…" : money(value) })}
      </p>
    </header>
  );
}
