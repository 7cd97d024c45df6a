"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { BoardColumn } from "@/lib/board/types";
import { useBoard } from "./board-context";
import { tabDropId } from "./board-kit";

/**
 * Phones show one column at a time: these buttons pick it. Each is also a drop target, so a card
 * can be dragged (press and hold) onto another stage without that stage's column on screen.
 */
export function BoardStageTabs({ columns, selected, onSelect }: { columns: BoardColumn[]; selected: string; onSelect: (key: string) => void }) {
  const t = useTranslations("Board");
  return (
    <nav aria-label={t("stages")} className="md:hidden">
      <ul className="flex gap-2 overflow-x-auto p-0.5 pb-2">
        {columns.map((column) => (
          <StageTab key={column.key} column={column} selected={column.key === selected} onSelect={onSelect} />
        ))}
      </ul>
    </nav>
  );
}

function StageTab({ column, selected, onSelect }: { column: BoardColumn; selected: boolean; onSelect: (key: string) => void }) {
  const { labelOf, kit } = useBoard();
  const format = useFormatter();
  const { setNodeRef, isOver } = kit.useDroppable({ id: tabDropId(column.key), data: { stageKey: column.key } });
  return (
    <li ref={setNodeRef} className="shrink-0">
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => onSelect(column.key)}
        className={`flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium ring-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
          selected ? "bg-indigo-700 text-white ring-indigo-700" : "bg-white text-slate-800 ring-slate-300"
        } ${isOver ? "ring-2 ring-indigo-400" : ""}`}
      >
        <span>{labelOf(column.key)}</span>
        <span className={`tabular-nums ${selected ? "text-indigo-100" : "text-slate-500"}`}>{format.number(column.count)}</span>
      </button>
    </li>
  );
}
