"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { journeys } from "@/core/constants";
import { ListStagesSortable } from "./list-stages-sortable";
import type { EditorStage, StagePanel } from "./types";

/** Both journeys' stage lists; one stage form is open at a time. */
export function StageEditor({ stages }: { stages: EditorStage[] }) {
  const t = useTranslations("SettingsStages");
  const [panel, setPanel] = useState<StagePanel>(null);
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {journeys.map((journey) => (
        <section key={journey} aria-labelledby={`journey-${journey}`} data-journey={journey} className="space-y-2">
          <h2 id={`journey-${journey}`} className="text-lg font-semibold">
            {t(`journeys.${journey}`)}
          </h2>
          <p className="text-sm text-slate-600">{t(`journeyIntro.${journey}`)}</p>
          <ListStagesSortable journey={journey} stages={stages.filter((s) => s.journey === journey)} panel={panel} setPanel={setPanel} />
        </section>
      ))}
    </div>
  );
}
