import type { Journey } from "@/core/constants";
import type { BoardCardPage, BoardColumn, BoardFilters, BoardValues } from "@/lib/board/types";
import { setParams } from "@/lib/url/set-params";

async function getJson<T>(params: Record<string, string | null | undefined>, path = "/api/v1/board"): Promise<T> {
  const response = await fetch(`${path}?${setParams(Object.entries(params))}`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`board request failed with ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchBoardColumns(journey: Journey, filters: BoardFilters): Promise<BoardColumn[]> {
  return (await getJson<{ columns: BoardColumn[] }>({ journey, ...filters })).columns;
}

export function fetchBoardPage(journey: Journey, stage: string, cursor: string | null, filters: BoardFilters): Promise<BoardCardPage> {
  return getJson<BoardCardPage>({ journey, stage, cursor, ...filters });
}

export async function fetchBoardValues(journey: Journey, filters: BoardFilters): Promise<BoardValues> {
  return (await getJson<{ values: BoardValues }>({ journey, ...filters }, "/api/v1/board/values")).values;
}
