import type { BoardCard } from "@/core/board/card";
import type { Journey } from "@/core/constants";

export type { BoardCard };

/** What the board shows within the caller's scope: customers a search finds, one owner's. Unset: all. */
export interface BoardFilters {
  q?: string;
  owner?: string;
}

/** A stage column of the board: the stage's labels and idle days, with its customer count in the caller's scope. */
export interface BoardColumn {
  key: string;
  position: number;
  labelHe: string;
  labelFa: string;
  labelEn: string;
  idleDays: number;
  count: number;
}

/** Per stage key, the sum of its customers' purchases in minor units. */
export type BoardValues = Record<string, number>;

export interface BoardCardPage {
  items: BoardCard[];
  nextCursor: string | null;
}

export interface BoardSnapshot {
  journey: Journey;
  columns: BoardColumn[];
  pages: Record<string, BoardCardPage>;
}
