"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Journey } from "@/core/constants";
import type { BoardFilters } from "@/lib/board/types";
import { queryKeys } from "@/lib/query/keys";
import { fetchBoardColumns, fetchBoardPage, fetchBoardValues } from "./board-api";

/** The columns and their counts; the server prefetches them, so the first render needs no request. */
export function useBoardColumns(journey: Journey, filters: BoardFilters) {
  return useQuery({ queryKey: queryKeys.board.columns(journey, filters), queryFn: () => fetchBoardColumns(journey, filters) });
}

/** Value per column: the slowest part of the board, streamed in from the server after the cards. */
export function useBoardValues(journey: Journey, filters: BoardFilters) {
  return useQuery({ queryKey: queryKeys.board.values(journey, filters), queryFn: () => fetchBoardValues(journey, filters) });
}

/** One column's cards, a page at a time ("load more"), so no column renders thousands of cards. */
export function useBoardCards(journey: Journey, stageKey: string, filters: BoardFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.board.cards(journey, stageKey, filters),
    queryFn: ({ pageParam }) => fetchBoardPage(journey, stageKey, pageParam, filters),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
