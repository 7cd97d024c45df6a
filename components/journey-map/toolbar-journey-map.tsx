"use client";

import { Download, Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

const button =
  "inline-flex items-center gap-2 rounded-lg bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-300 disabled:opacity-60";

/** Print (the print stylesheet lays the map on one landscape page) and a PNG of the whole map, drawn in the browser. */
export function ToolbarJourneyMap({ targetId, fileName }: { targetId: string; fileName: string }) {
  const t = useTranslations("JourneyMap");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    const node = document.getElementById(targetId);
    if (!node) return;
    setBusy(true);
    setFailed(false);
    try {
      const { toPng } = await import("html-to-image");
      // The whole map, also the columns scrolled out of view on a narrow screen.
      const url = await toPng(node, { backgroundColor: "#ffffff", pixelRatio: 2, width: node.scrollWidth, height: node.scrollHeight, style: { overflow: "visible" } });
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileName}.png`;
      link.click();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center justify-end gap-2 print:hidden">
      {failed && (
        <p role="alert" className="text-sm text-red-700">
          {t("downloadFailed")}
        </p>
      )}
      <button type="button" className={button} onClick={() => window.print()}>
        <Printer aria-hidden className="size-4" />
        {t("print")}
      </button>
      <button type="button" className={button} onClick={download} disabled={busy} aria-busy={busy}>
        <Download aria-hidden className="size-4" />
        {t("downloadPng")}
      </button>
    </div>
  );
}
