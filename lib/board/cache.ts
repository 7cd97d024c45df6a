import type { InfiniteData } from "@tanstack/react-query";
import type { BoardCard, BoardCardPage, BoardColumn, BoardValues } from "./types";

export type CardPages = InfiniteData<BoardCardPage, string | null>;

/** The card as it looks right after a move: just entered, so active and zero days in stage. */
export function movedCard(card: BoardCard, to: string, now: Date): BoardCard {
  const at = now.toISOString();
  return { ...card, stageKey: to, stageEnteredAt: at, lastActivityAt: at, daysInStage: 0, stale: false };
}

export function withoutCard(data: CardPages | undefined, id: string): CardPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((c) => c.id !== id) })) };
}

/** Columns list the newest entry first, so a card that just arrived goes on top of the first page. */
export function withCardOnTop(data: CardPages | undefined, card: BoardCard): CardPages | undefined {
  if (!data) return data;
  const [first, ...rest] = data.pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, items: [card, ...first.items.filter((c) => c.id !== card.id)] }, ...rest] };
}

export function withCardVersion(data: CardPages | undefined, id: string, version: number): CardPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((c) => (c.id === id ? { ...c, version } : c)) })) };
}

/** One customer leaves a column's count and joins another's (none for `lost`). */
export function withCountMoved(columns: BoardColumn[] | undefined, from: string, to: string): BoardColumn[] | undefined {
  return columns?.map((column) => {
    if (column.key === from) return { ...column, count: Math.max(0, column.count - 1) };
    if (column.key === to) return { ...column, count: column.count + 1 };
    return column;
  });
}

/** The card's value leaves one column's total and joins another's, where those columns are in `values`. */
export function withValueMoved(values: BoardValues | undefined, card: BoardCard, from: string, to: string): BoardValues | undefined {
  if (!values) return values;
  const next = { ...values };
  if (from in next) next[from] = (next[from] ?? 0) - card.valueMinor;
  if (to in next) next[to] = (next[to] ?? 0) + card.valueMinor;
  return next;
}

export type MoveNeed = "reason" | "purchaseAmount" | "note";

const askable: readonly string[] = ["reason", "purchaseAmount", "note"] satisfies MoveNeed[];

/**
 * The fields a refused move needs that the user can give on the spot (a reason, a purchase amount,
 * a note, or a better value for one of them), or null when anything else was refused: then the
 * move simply failed.
 */
export function movingNeeds(fieldErrors: Record<string, string[]>): MoveNeed[] | null {
  const fields = Object.keys(fieldErrors);
  return fields.length && fields.every((f) => askable.includes(f)) ? (fields as MoveNeed[]) : null;
}
