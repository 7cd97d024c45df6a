import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Journey, Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import type { BoardFilters } from "@/lib/board/types";
import { loadBoardFor, loadBoardSettingsFor, loadBoardValuesFor } from "@/lib/board/service";
import { stageLabel } from "@/lib/journey/labels";
import { makeQueryClient } from "@/lib/query/client";
import { queryKeys } from "@/lib/query/keys";
import { BoardView } from "./board-view";

/**
 * Loads the columns and the first page of each on the server and hands them to the client board's
 * query cache; the column values are started here but not awaited, so they stream in afterwards.
 */
export async function BoardLoader({ user, journey, filters, locale }: { user: CurrentUser; journey: Journey; filters: BoardFilters; locale: Locale }) {
  const [snapshot, settings] = await Promise.all([loadBoardFor(user, journey, filters), loadBoardSettingsFor(user)]);
  const queryClient = makeQueryClient();
  void queryClient.prefetchQuery({ queryKey: queryKeys.board.values(journey, filters), queryFn: () => loadBoardValuesFor(user, journey, filters) });
  queryClient.setQueryData(queryKeys.board.columns(journey, filters), snapshot.columns);
  for (const [stageKey, page] of Object.entries(snapshot.pages)) {
    queryClient.setQueryData(queryKeys.board.cards(journey, stageKey, filters), { pages: [page], pageParams: [null] });
  }
  const stages = settings.stages.map((s) => ({ key: s.key, journey: s.journey, label: stageLabel(s, locale) }));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <BoardView journey={journey} filters={filters} stages={stages} currency={settings.currency} />
    </HydrationBoundary>
  );
}
