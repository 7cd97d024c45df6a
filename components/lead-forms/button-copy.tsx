"use client";

import { useState } from "react";

/** Copies `text` to the clipboard and says so to screen readers too. */
export function ButtonCopy({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(text).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-300"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
