"use client";

import { FormError } from "@/components/forms/form-error";
import type { ActionResult } from "@/lib/actions";
import { useSettingsAction } from "./use-settings-action";

const tones = {
  plain: "inline-flex min-h-10 items-center rounded-lg px-3 text-sm text-indigo-800 underline disabled:opacity-60",
  danger: "min-h-10 rounded-lg px-3 py-1.5 text-sm text-red-800 underline disabled:opacity-60",
};

/** A link-styled button that runs one server action, after the question `confirm` when given, and says a refusal under it. */
export function ButtonAction({ label, confirm, action, tone }: { label: string; confirm?: string; action: () => Promise<ActionResult<unknown>>; tone: keyof typeof tones }) {
  const { run, pending, error } = useSettingsAction();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (confirm === undefined || window.confirm(confirm)) run(action);
        }}
        className={tones[tone]}
      >
        {label}
      </button>
      <FormError message={error} />
    </div>
  );
}
