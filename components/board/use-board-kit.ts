"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { staticKit, type BoardKit } from "./board-kit";

/** The keys that pick up a focused card (dnd-kit's keyboard sensor). */
const PICK_UP = ["Space", "Enter"];

/**
 * The board's drag-and-drop and menus, loaded after the page has hydrated (when the browser is idle)
 * or at the first pointer press or focus on the board, whichever comes first. Swapping the kit remounts
 * the cards, so whatever had focus on the board gets it back, a "Move to…" pressed early opens, and
 * a card picked up by keyboard before the kit was here is picked up once it is.
 */
export function useBoardKit(root: RefObject<HTMLElement | null>) {
  const [kit, setKit] = useState<BoardKit>(staticKit);
  const [menuToOpen, setMenuToOpen] = useState<string | null>(null);
  const started = useRef(false);
  const focused = useRef<string | null>(null);
  const pickUp = useRef<string | null>(null);

  const loadKit = useCallback(
    (openMenuOf?: string) => {
      if (openMenuOf) setMenuToOpen(openMenuOf);
      if (started.current) return;
      started.current = true;
      void import("./board-dnd").then(({ dndKit }) => {
        const active = document.activeElement;
        focused.current = active instanceof HTMLElement && root.current?.contains(active) ? (active.dataset.focusKey ?? null) : null;
        setKit(dndKit);
      });
    },
    [root],
  );

  useEffect(() => {
    const node = root.current;
    if (!node || kit !== staticKit) return;
    const start = () => loadKit();
    const early = (event: KeyboardEvent) => {
      if (!PICK_UP.includes(event.code) || !(event.target instanceof HTMLElement) || !event.target.dataset.focusKey?.startsWith("card:")) return;
      event.preventDefault();
      pickUp.current = event.code;
      loadKit();
    };
    node.addEventListener("pointerdown", start, { capture: true, once: true });
    node.addEventListener("focusin", start, { once: true });
    node.addEventListener("keydown", early);
    const idle = window.requestIdleCallback?.(start, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(start, 500) : undefined;
    return () => {
      node.removeEventListener("pointerdown", start, { capture: true });
      node.removeEventListener("focusin", start);
      node.removeEventListener("keydown", early);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [root, loadKit, kit]);

  useEffect(() => {
    if (kit === staticKit) return;
    const key = focused.current;
    focused.current = null;
    // An opening menu takes the focus itself.
    const target = key && !menuToOpen ? root.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) : null;
    target?.focus();
    const code = pickUp.current;
    pickUp.current = null;
    if (target && code) target.dispatchEvent(new KeyboardEvent("keydown", { code, key: code === "Space" ? " " : code, bubbles: true, cancelable: true }));
    setMenuToOpen(null);
    // Runs when the kit arrives, not when a menu is asked for: menuToOpen is read for that moment only.
  }, [kit, root]);

  return { kit, loadKit, menuToOpen };
}
