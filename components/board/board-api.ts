import type { Journey } from "@/db/schema/constants";
import type { BoardCardPage, BoardColumn, BoardValues } from "@/lib/board/types";

async function getJson<T>(params: Record<string, string>, path = "/api/v1/board"): Promise<T> {
  const response = await fetch(`${path}?${new URLSearchParams(params)}`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`board request failed with ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchBoardColumns(journey: Journey): Promise<BoardColumn[]> {
  return (await getJson<{ columns: BoardColumn[] }>({ journey })).columns;
}

export function fetchBoardPage(journey: Journey, stage: string, cursor: string | null): Promise<BoardCardPage> {
  return getJson<BoardCardPage>(cursor ? { journey, stage, cursor } : { journey, stage });
}

export async function fetchBoardValues(journey: Journey): Promise<BoardValues> {
  return (await getJson<{ values: BoardValues }>({ journey }, "/api/v1/board/values")).values;
}
