"use client";

import type { DraggableSyntheticListeners } from "@dnd-kit/core";
import type { ComponentType, HTMLAttributes, ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/types";
import { useBoard } from "./board-context";
import type { MoveExtras, PendingMove } from "./use-board-move";

export const columnDropId = (stageKey: string) => `column:${stageKey}`;
export const tabDropId = (stageKey: string) => `tab:${stageKey}`;

type NodeRef = (node: HTMLElement | null) => void;

interface Target {
  id: string;
  data: Record<string, unknown>;
}

/**
 * What the board's cards, columns and tabs need from drag-and-drop and the menus. The page first
 * renders with `staticKit` (no drag-and-drop code in its first load); components/board/board-dnd.tsx
 * is the real one, loaded when the browser is idle or at the first pointer or focus on the board.
 */
export interface BoardKit {
  name: "static" | "dnd";
  useDraggable: (target: Target) => {
    attributes: HTMLAttributes<HTMLElement>;
    listeners: DraggableSyntheticListeners;
    setNodeRef: NodeRef;
    setActivatorNodeRef: NodeRef;
    isDragging: boolean;
  };
  useDroppable: (target: Target) => { setNodeRef: NodeRef; isOver: boolean };
  /** Wraps the columns: the drag context and the dragged card's overlay. */
  Layer: ComponentType<{ order: readonly string[]; onMove: (card: BoardCard, to: string, byKeyboard: boolean) => void; children: ReactNode }>;
  Menu: ComponentType<{ card: BoardCard }>;
  MoveDialog: ComponentType<{ pending: PendingMove | null; submitting: boolean; onCancel: () => void; onSubmit: (pending: PendingMove, extras: MoveExtras) => void }>;
}

const noRef: NodeRef = () => {};

/** The "Move to…" button before the menu's code is here: pressing it loads the kit and opens the menu then. */
function MenuTrigger({ card }: { card: BoardCard }) {
  const t = useTranslations("Board");
  const { loadKit } = useBoard();
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={t("moveMenu", { name: card.name })}
      data-focus-key={`menu:${card.id}`}
      onClick={() => loadKit(card.id)}
      className={MENU_TRIGGER_CLASS}
    >
      {t("moveTo")}
    </button>
  );
}

export const MENU_TRIGGER_CLASS =
  "rounded-md px-2 py-1 text-xs font-medium text-indigo-800 hover:bg-indigo-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 data-[state=open]:bg-indigo-50";

export const staticKit: BoardKit = {
  name: "static",
  useDraggable: () => ({ attributes: { role: "button", tabIndex: 0 }, listeners: undefined, setNodeRef: noRef, setActivatorNodeRef: noRef, isDragging: false }),
  useDroppable: () => ({ setNodeRef: noRef, isOver: false }),
  Layer: ({ children }) => children,
  Menu: MenuTrigger,
  // Nothing asks for a move's details before the kit is here: only its drags and menus start moves.
  MoveDialog: () => null,
};
