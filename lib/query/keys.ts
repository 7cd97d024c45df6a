import type { Journey } from "@/core/constants";
import type { BoardFilters } from "@/lib/board/types";

/**
 * Every query key of the app, so an invalidation names exactly what a mutation changed
 * (`queryKeys.board.all` refreshes every board, `queryKeys.customers.all` every customer list).
 */
export const queryKeys = {
  board: {
    all: ["board"] as const,
    journey: (journey: Journey) => ["board", journey] as const,
    // The filters come last, so a key without them names a column on every filtered board too.
    columns: (journey: Journey, filters: BoardFilters) => ["board", journey, "columns", filters] as const,
    values: (journey: Journey, filters: BoardFilters) => ["board", journey, "values", filters] as const,
    cards: (journey: Journey, stageKey: string, filters: BoardFilters) => ["board", journey, "cards", stageKey, filters] as const,
  },
  customers: {
    all: ["customers"] as const,
    list: (params: Record<string, string | undefined>) => ["customers", "list", params] as const,
    search: (q: string) => ["customers", "search", q] as const,
  },
  customer: (id: string) => ["customer", id] as const,
  importJob: (id: string) => ["import", id] as const,
  importRejections: (id: string, after: number) => ["import", id, "rejections", after] as const,
};
