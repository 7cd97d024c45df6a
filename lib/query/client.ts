import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";

/**
 * Data prefetched on the server stays fresh this long in the browser, so hydrating a page does not
 * refetch at once; mutations invalidate what they change rather than waiting for it to expire.
 */
const STALE_TIME_MS = 30_000;

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: STALE_TIME_MS, refetchOnWindowFocus: true },
      // A query the server started but did not wait for streams to the browser with the page.
      dehydrate: { shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending" },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per server request (never shared between users); one per browser tab. */
export function getQueryClient() {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
