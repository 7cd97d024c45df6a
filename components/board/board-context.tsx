"use client";

import { createContext, useContext } from "react";
import type { Journey } from "@/core/constants";
import type { BoardCard, BoardFilters } from "@/lib/board/types";
import type { Direction } from "@/lib/i18n/locale";

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
}

const BoardContext = createContext<BoardContextValue | null>(null);

export const BoardProvider = BoardContext.Provider;

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoard outside the board");
  return value;
}
