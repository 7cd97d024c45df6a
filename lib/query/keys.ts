import type { Journey } from "@/db/schema/constants";

/**
 * Every query key of the app, so an invalidation names exactly what a mutation changed
 * (`queryKeys.board.all` refreshes every board, `queryKeys.customers.all` every customer list).
 */
export const queryKeys = {
  board: {
    all: ["board"] as const,
    journey: (journey: Journey) => ["board", journey] as const,
    columns: (journey: Journey) => ["board", journey, "columns"] as const,
    values: (journey: Journey) => ["board", journey, "values"] as const,
    cards: (journey: Journey, stageKey: string) => ["board", journey, "cards", stageKey] as const,
  },
  customers: {
    all: ["customers"] as const,
    list: (params: Record<string, string | undefined>) => ["customers", "list", params] as const,
  },
  customer: (id: string) => ["customer", id] as const,
  importJob: (id: string) => ["import", id] as const,
  importRejections: (id: string, after: number) => ["import", id, "rejections", after] as const,
};
