"use client";

import { useState } from "react";
import type { Locale } from "@/db/schema/constants";
import { FormImportMapping } from "./form-import-mapping";
import { FormImportUpload } from "./form-import-upload";
import { PanelImportProgress } from "./panel-import-progress";
import type { ImportView, UploadResult } from "./types";

type Step = { step: "upload" } | { step: "mapping"; upload: UploadResult } | { step: "progress"; job: ImportView };

/** Upload → column mapping with a preview → progress and summary. */
export function WizardImport({ locale }: { locale: Locale }) {
  const [state, setState] = useState<Step>({ step: "upload" });
  const restart = () => setState({ step: "upload" });
  if (state.step === "mapping") {
    return <FormImportMapping upload={state.upload} locale={locale} onStarted={(job) => setState({ step: "progress", job })} onCancel={restart} />;
  }
  if (state.step === "progress") return <PanelImportProgress initial={state.job} locale={locale} onAnother={restart} />;
  return <FormImportUpload locale={locale} onUploaded={(upload) => setState({ step: "mapping", upload })} />;
}
