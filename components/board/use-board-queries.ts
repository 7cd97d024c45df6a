"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Journey } from "@/db/schema/constants";
import { queryKeys } from "@/lib/query/keys";
import { fetchBoardColumns, fetchBoardPage, fetchBoardValues } from "./board-api";

/** The columns and their counts; the server prefetches them, so the first render needs no request. */
export function useBoardColumns(journey: Journey) {
  return useQuery({ queryKey: queryKeys.board.columns(journey), queryFn: () => fetchBoardColumns(journey) });
}

/** Value per column: the slowest part of the board, streamed in from the server after the cards. */
export function useBoardValues(journey: Journey) {
  return useQuery({ queryKey: queryKeys.board.values(journey), queryFn: () => fetchBoardValues(journey) });
}

/** One column's cards, a page at a time ("load more"), so no column renders thousands of cards. */
export function useBoardCards(journey: Journey, stageKey: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.board.cards(journey, stageKey),
    queryFn: ({ pageParam }) => fetchBoardPage(journey, stageKey, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
