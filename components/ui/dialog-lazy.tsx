"use client";

import { lazy, type ReactNode } from "react";
import { LazyOverlay, type TriggerAttributes } from "./lazy-overlay";

const DialogRadix = lazy(() => import("./dialog-radix"));
const preload = () => void import("./dialog-radix");

export interface DialogParts {
  trigger: { attributes: TriggerAttributes; children: ReactNode };
  content: { title: ReactNode; titleClassName: string; className: string };
  children: ReactNode;
}

/**
 * A modal dialog whose code (Radix's dialog with its focus trap and scroll lock) stays out of the
 * page's first load, as PopoverLazy does for popovers: until its trigger is first hovered, focused or
 * pressed it is a plain button with the same look; pressing it loads the dialog, which then opens.
 */
export function DialogLazy({ open, onOpenChange, ...parts }: DialogParts & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <LazyOverlay trigger={parts.trigger} preload={preload} onOpen={() => onOpenChange(true)}>
      <DialogRadix {...parts} open={open} onOpenChange={onOpenChange} />
    </LazyOverlay>
  );
}
