"use client";

import { Suspense, useState, type ComponentProps, type ReactNode } from "react";

export type TriggerAttributes = Omit<ComponentProps<"button">, "children" | "onClick" | "type"> & { [data: `data-${string}`]: string | number };

type Trigger = { attributes: TriggerAttributes; children: ReactNode };

/**
 * An overlay (popover, dialog) whose code stays out of the page's first load: until its trigger is
 * first pressed it is a placeholder of the same look; the press asks for it to open (`onOpen`) and
 * renders `children`, the lazily imported overlay, which shows the placeholder while it loads.
 */
export function LazyOverlay({ trigger, preload, onOpen, children }: { trigger: Trigger; preload: () => void; onOpen: () => void; children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const placeholder = (
    <TriggerPlaceholder
      trigger={trigger}
      preload={preload}
      onPress={() => {
        setWanted(true);
        onOpen();
      }}
    />
  );
  if (!wanted) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}

/**
 * A lazily loaded overlay's trigger until its code has arrived: the same look as the real one, a
 * hover or focus starts the download, a press asks for the overlay to open once it is there.
 */
function TriggerPlaceholder({
  trigger,
  preload,
  onPress,
}: {
  trigger: Trigger;
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
