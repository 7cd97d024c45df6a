"use client";

import type { ComponentProps, ReactNode } from "react";

export type TriggerAttributes = Omit<ComponentProps<"button">, "children" | "onClick" | "type"> & { [data: `data-${string}`]: string | number };

/**
 * A lazily loaded overlay's trigger until its code has arrived: the same look as the real one, a
 * hover or focus starts the download, a press asks for the overlay to open once it is there.
 */
export function TriggerPlaceholder({
  trigger,
  preload,
  onPress,
}: {
  trigger: { attributes: TriggerAttributes; children: ReactNode };
  preload: () => void;
  onPress: () => void;
}) {
  return (
    <button
      type="button"
      {...trigger.attributes}
      aria-haspopup="dialog"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={preload}
      onFocus={preload}
      onClick={onPress}
    >
      {trigger.children}
    </button>
  );
}
