import type { HTMLAttributes } from "react";

/** The white card that page sections, forms and cards sit in. */
export const panel = "rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200";

/** A panel without padding that scrolls its table sideways on a narrow screen. */
export const tablePanel = "overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200";

const gaps = { 3: "space-y-3", 4: "space-y-4" } as const;

/** A page section in a panel; `gap` spaces its children. */
export function Panel({ gap, className, ...props }: HTMLAttributes<HTMLElement> & { gap?: keyof typeof gaps }) {
  return <section {...props} className={[gap ? gaps[gap] : "", panel, className ?? ""].filter(Boolean).join(" ")} />;
}
