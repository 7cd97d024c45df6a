"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Whether a media query matches; false on the server and while hydrating, so both render the same. */
export function useMediaQuery(query: string) {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below Tailwind's `sm` breakpoint. */
export const phoneQuery = "(max-width: 639.98px)";
