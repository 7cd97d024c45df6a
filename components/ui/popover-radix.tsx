"use client";

import * as Popover from "@radix-ui/react-popover";
import type { PopoverParts } from "./popover-lazy";

const PANEL = "z-50 rounded-xl bg-white p-3 shadow-lg ring-1 ring-slate-200";

/** The Radix popover behind PopoverLazy: loaded on the first hover, focus or press of its trigger. */
export default function PopoverRadix({ open, onOpenChange, trigger, content, children }: PopoverParts & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger {...trigger.attributes}>{trigger.children}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content {...content} sideOffset={6} className={`${PANEL} ${content.className ?? ""}`}>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
