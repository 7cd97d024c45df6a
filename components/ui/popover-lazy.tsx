"use client";

import { lazy, useState, type ReactNode } from "react";
import { LazyOverlay, type TriggerAttributes } from "./lazy-overlay";

const PopoverRadix = lazy(() => import("./popover-radix"));
const preload = () => void import("./popover-radix");

export interface PopoverParts {
  trigger: { attributes: TriggerAttributes; children: ReactNode };
  /** `className`: the panel's own layout (width, flex); every panel has the same look and offset (popover-radix.tsx). */
  content: { dir: "ltr" | "rtl"; align?: "start" | "center" | "end"; collisionPadding?: number; "aria-label": string; className?: string };
  children: ReactNode;
}

/**
 * A popover whose code (Radix's popover, about 25 kB with its shared primitives) stays out of every
 * page's first load: until its trigger is first hovered, focused or pressed it is a plain button with
 * the same look; pressing it loads the popover, which then opens. `open`/`onOpenChange` control it
 * when given.
 */
export function PopoverLazy({ open, onOpenChange, ...parts }: PopoverParts & { open?: boolean; onOpenChange?: (open: boolean) => void }) {
  const [ownOpen, setOwnOpen] = useState(false);
  const isOpen = open ?? ownOpen;
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  return (
    <LazyOverlay trigger={parts.trigger} preload={preload} onOpen={() => setOpen(true)}>
      <PopoverRadix {...parts} open={isOpen} onOpenChange={setOpen} />
    </LazyOverlay>
  );
}
