"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";
import { TriggerPlaceholder, type TriggerAttributes } from "./trigger-placeholder";

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
  const [wanted, setWanted] = useState(false);
  const placeholder = (
    <TriggerPlaceholder
      trigger={parts.trigger}
      preload={preload}
      onPress={() => {
        setWanted(true);
        onOpenChange(true);
      }}
    />
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DialogRadix {...parts} open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
