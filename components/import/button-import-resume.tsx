"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { resumeImportAction } from "@/lib/import/actions";
import { useRouter } from "@/lib/i18n/navigation";

export function ButtonImportResume({ id }: { id: string }) {
  const t = useTranslations("SettingsData");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-busy={pending}
      onClick={() =>
        startTransition(async () => {
          await resumeImportAction({ id });
          router.refresh();
        })
      }
      className="rounded-md px-2 py-1 text-sm font-medium text-indigo-800 ring-1 ring-slate-300 hover:bg-indigo-50 disabled:opacity-60"
    >
      {t("history.resume")}
    </button>
  );
}
