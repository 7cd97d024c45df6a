"use client";

import { createContext, useContext } from "react";
import type { Journey } from "@/core/constants";
import type { BoardCard, BoardFilters } from "@/lib/board/types";
import type { Direction } from "@/lib/i18n/locale";
import type { BoardKit } from "./board-kit";

export interface BoardStage {
  key: string;
  journey: Journey;
  /** Already in the page's locale. */
  label: string;
}

export interface BoardContextValue {
  journey: Journey;
  filters: BoardFilters;
  currency: string;
  dir: Direction;
  /** Every live stage of both journeys, in order: the "Move to…" menu offers the other journey too. */
  stages: BoardStage[];
  labelOf: (key: string) => string;
  requestMove: (card: BoardCard, to: string) => void;
  askLost: (card: BoardCard) => void;
  /** A card dropped by keyboard gets focus back once it shows in its new column. */
  focusRequest: { id: string; stageKey: string } | null;
  focusDone: () => void;
  /** Drag-and-drop and the menus: a stand-in until their code is loaded (see board-kit.tsx). */
  kit: BoardKit;
  /** Loads the kit now; with a card id, that card's menu opens once it is here. */
  loadKit: (openMenuOf?: string) => void;
  /** The card whose "Move to…" was pressed before the menu's code was here. */
  menuToOpen: string | null;
}

const BoardContext = createContext<BoardContextValue | null>(null);

export const BoardProvider = BoardContext.Provider;

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoard outside the board");
  return value;
}
