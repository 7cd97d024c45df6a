"use client";

import { useTranslations } from "next-intl";

/** Messages of the SettingsData namespace looked up by code, with a generic fallback. */
export function useImportText() {
  const t = useTranslations("SettingsData");
  const lookup = (key: string, fallback: string) => (t.has(key as never) ? t(key as never) : t(fallback as never));
  return {
    t,
    error: (code: string) => (code === "too_large" ? t("import.tooLarge") : lookup(`errors.${code}`, "errors.server_error")),
    failure: (code: string | null) => lookup(`failures.${code ?? "server_error"}`, "failures.server_error"),
  };
}
