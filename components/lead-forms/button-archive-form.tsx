"use client";

import { useTranslations } from "next-intl";
import { ButtonAction } from "@/components/settings/button-action";
import { archiveLeadFormAction } from "@/lib/forms/actions";

/** Closes a form (its public page then says so) or opens it again. */
export function ButtonArchiveForm({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const t = useTranslations("SettingsForms");
  return (
    <ButtonAction
      tone="plain"
      label={t(archived ? "restoreNamed" : "archiveNamed", { name })}
      confirm={archived ? undefined : t("archiveConfirm", { name })}
      action={() => archiveLeadFormAction({ id, archived: !archived })}
    />
  );
}
