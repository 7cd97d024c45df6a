"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { queryKeys } from "@/lib/query/keys";

/** A customer as the header search lists it (a subset of the API's customer). */
export interface FoundCustomer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
}

export const QUICK_SEARCH_LIMIT = 8;
/** Shorter queries match too much to help, and no trigram index can serve them. */
const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;

async function fetchCustomers(q: string, signal: AbortSignal): Promise<FoundCustomer[]> {
  const params = new URLSearchParams({ q, limit: String(QUICK_SEARCH_LIMIT), sort: "lastActivityAt" });
  const response = await fetch(`/api/v1/customers?${params}`, { signal, credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`customer search failed with ${response.status}`);
  return ((await response.json()) as { items: FoundCustomer[] }).items;
}

/**
 * The customers matching `text` (the API scopes them: a sales user's own only), most recently
 * active first, fetched once typing pauses; the previous answer stays while the next one loads.
 */
export function useCustomerSearch(text: string) {
  const [query, setQuery] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const enabled = query.length >= MIN_LENGTH;
  const result = useQuery({
    queryKey: queryKeys.customers.search(query),
    queryFn: ({ signal }) => fetchCustomers(query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  const typed = text.trim();
  return {
    query,
    enabled,
    /** The text is long enough to be searched once typing pauses. */
    searchable: typed.length >= MIN_LENGTH,
    /** The answer shown is the one for the text as it is now. */
    settled: enabled && query === typed && !result.isFetching,
    ...result,
  };
}
