"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and in the browser's hydrating render, true afterwards: for content that may
 * differ between the two (data streamed in while the page hydrates), so the first render matches.
 */
export function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
