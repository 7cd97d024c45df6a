"use client";

import { useTranslations } from "next-intl";
import type { BoardColumn as Column } from "@/lib/board/types";
import { BoardCard } from "./board-card";
import { BoardColumnHeader } from "./board-column-header";
import { useBoard } from "./board-context";
import { columnDropId } from "./board-kit";
import { useBoardCards } from "./use-board-queries";

/** One stage: its totals, a page of cards and "load more"; a drop target for cards. */
export function BoardColumn({ column, shownOnPhone }: { column: Column; shownOnPhone: boolean }) {
  const t = useTranslations("Board");
  const { journey, filters, kit } = useBoard();
  const { setNodeRef, isOver } = kit.useDroppable({ id: columnDropId(column.key), data: { stageKey: column.key } });
  const query = useBoardCards(journey, column.key, filters);
  const cards = query.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `board-column-${column.key}`;
  return (
    <section
      ref={setNodeRef}
      data-stage={column.key}
      aria-labelledby={headingId}
      className={`${shownOnPhone ? "flex" : "hidden md:flex"} min-w-0 flex-col rounded-xl bg-slate-100 p-2 ring-2 transition-shadow ${isOver ? "ring-indigo-400" : "ring-transparent"}`}
    >
      <BoardColumnHeader column={column} headingId={headingId} />
      <ul className="space-y-2 md:max-h-[calc(100vh-15rem)] md:overflow-y-auto md:p-0.5">
        {cards.map((card) => (
          <BoardCard key={card.id} card={card} idleDays={column.idleDays} />
        ))}
      </ul>
      {cards.length === 0 && !query.isPending && <p className="px-1 py-6 text-center text-sm text-slate-500">{t("empty")}</p>}
      {query.isError && (
        <p role="alert" className="mt-2 px-1 text-sm text-red-700">
          {t("loadFailed")}
        </p>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          aria-busy={query.isFetchingNextPage}
          className="mt-2 rounded-lg px-3 py-2 text-sm font-medium text-indigo-800 hover:bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-60"
        >
          {query.isFetchingNextPage ? t("loading") : t("loadMore")}
        </button>
      )}
    </section>
  );
}
