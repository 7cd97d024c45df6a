"use client";

import { useEffect, useRef } from "react";
import type { BoardCard as Card } from "@/lib/board/types";
import { BoardCardBody } from "./board-card-body";
import { useBoard } from "./board-context";

/**
 * A customer card. The body is the drag handle (focusable: Space or Enter picks it up); the
 * "Move to…" menu beside it is the alternative for phones and for anyone who prefers a menu.
 */
export function BoardCard({ card, idleDays }: { card: Card; idleDays: number }) {
  const { currency, focusRequest, focusDone, kit } = useBoard();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = kit.useDraggable({ id: card.id, data: { card } });
  const handle = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (focusRequest?.id !== card.id || focusRequest.stageKey !== card.stageKey) return;
    handle.current?.focus();
    focusDone();
  }, [focusRequest, focusDone, card.id, card.stageKey]);
  return (
    <li
      ref={setNodeRef}
      data-card-id={card.id}
      className={`relative rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${isDragging ? "opacity-40" : ""}`}
    >
      <div
        ref={(node) => {
          setActivatorNodeRef(node);
          handle.current = node;
        }}
        {...attributes}
        {...listeners}
        data-focus-key={`card:${card.id}`}
        className="cursor-grab touch-manipulation rounded-lg p-3 text-start focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        <BoardCardBody card={card} currency={currency} idleDays={idleDays} besideMenu />
      </div>
      <div className="absolute end-1.5 top-1.5">
        <kit.Menu card={card} />
      </div>
    </li>
  );
}
