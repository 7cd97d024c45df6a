import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** A titled panel of the customer page with an optional add form folded away. */
export function SectionCard({ id, title, addLabel, form, children }: { id: string; title: string; addLabel?: string; form?: ReactNode; children: ReactNode }) {
  return (
    <Panel aria-labelledby={`${id}-title`} gap={3}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
      {children}
      {form && (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-indigo-800">{addLabel}</summary>
          <div className="mt-3">{form}</div>
        </details>
      )}
    </Panel>
  );
}

export function EmptyLine({ text }: { text: string }) {
  return <p className="text-sm text-slate-500">{text}</p>;
}
