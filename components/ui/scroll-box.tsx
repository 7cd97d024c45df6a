import type { ReactNode } from "react";

/**
 * A wide table's own sideways scroller, so the page never widens: focusable, so a keyboard can
 * scroll it, and named, so a screen reader says what the focused box holds. It is positioned, so
 * the visually hidden (absolutely placed) text in its table is clipped with it instead of widening the page.
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative max-w-full overflow-x-auto rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${className ?? ""}`}
    >
      {children}
    </div>
  );
}
