"use client";

import { useState } from "react";
import type { Locale } from "@/core/constants";
import { FormImportMapping } from "./form-import-mapping";
import { FormImportUpload } from "./form-import-upload";
import { FormImportValues } from "./form-import-values";
import { PanelImportProgress } from "./panel-import-progress";
import type { ColumnChoice, ImportTargets, ImportView, UploadResult } from "./types";

type Step =
  | { step: "upload" }
  | { step: "columns"; upload: UploadResult; choice: ColumnChoice }
  | { step: "values"; upload: UploadResult; choice: ColumnChoice }
  | { step: "progress"; job: ImportView };

/** Upload → column mapping with a preview → value mapping → progress, result and fix-and-retry of rejected rows. */
export function WizardImport({ locale, targets }: { locale: Locale; targets: ImportTargets }) {
  const [state, setState] = useState<Step>({ step: "upload" });
  const restart = () => setState({ step: "upload" });
  const follow = (job: ImportView) => setState({ step: "progress", job });
  switch (state.step) {
    case "columns":
      return (
        <FormImportMapping
          upload={state.upload}
          choice={state.choice}
          timeZones={targets.timeZones}
          onNext={(choice) => setState({ step: "values", upload: state.upload, choice })}
          onCancel={restart}
        />
      );
    case "values":
      return (
        <FormImportValues
          upload={state.upload}
          choice={state.choice}
          targets={targets}
          onStarted={follow}
          onBack={() => setState({ step: "columns", upload: state.upload, choice: state.choice })}
        />
      );
    case "progress":
      return <PanelImportProgress key={state.job.id} initial={state.job} locale={locale} onAnother={restart} onRetried={follow} />;
    default:
      return (
        <FormImportUpload
          locale={locale}
          onUploaded={(upload) => setState({ step: "columns", upload, choice: { mapping: upload.mapping, locale, timeZone: targets.timeZone } })}
        />
      );
  }
}
