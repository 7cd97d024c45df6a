"use client";

import * as Popover from "@radix-ui/react-popover";
import type { PopoverParts } from "./popover-lazy";

/** The Radix popover behind PopoverLazy: loaded on the first hover, focus or press of its trigger. */
export default function PopoverRadix({ open, onOpenChange, trigger, content, children }: PopoverParts & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger {...trigger.attributes}>{trigger.children}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content {...content}>{children}</Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
