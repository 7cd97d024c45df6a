"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useSettingsAction } from "@/components/settings/use-settings-action";
import { archiveLeadFormAction } from "@/lib/forms/actions";

/** Closes a form (its public page then says so) or opens it again. */
export function ButtonArchiveForm({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const t = useTranslations("SettingsForms");
  const { run, pending, error } = useSettingsAction();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (archived || window.confirm(t("archiveConfirm", { name }))) run(() => archiveLeadFormAction({ id, archived: !archived }));
        }}
        className="inline-flex min-h-10 items-center rounded-lg px-3 text-sm text-indigo-800 underline disabled:opacity-60"
      >
        {t(archived ? "restoreNamed" : "archiveNamed", { name })}
      </button>
      <FormError message={error} />
    </div>
  );
}
