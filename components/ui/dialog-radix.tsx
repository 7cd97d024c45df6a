"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { DialogParts } from "./dialog-lazy";

/** The Radix dialog behind DialogLazy: loaded on the first hover, focus or press of its trigger. */
export default function DialogRadix({ open, onOpenChange, trigger, content, children }: DialogParts & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger {...trigger.attributes}>{trigger.children}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className={content.className} aria-describedby={undefined}>
          <Dialog.Title className={content.titleClassName}>{content.title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
