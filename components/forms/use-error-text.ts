"use client";

import { useTranslations } from "next-intl";

/** Turns error codes from actions into localised text; unknown codes fall back to a generic one. */
export function useErrorText() {
  const t = useTranslations("FormErrors");
  const lookup = (key: string, fallback: string) => (t.has(key as never) ? t(key as never) : t(fallback as never));
  return {
    field: (code: string) => lookup(`fields.${code}`, "fields.invalid"),
    form: (code: string) => lookup(`codes.${code}`, "codes.server_error"),
    /** The first field error if any, otherwise the code's text. */
    describe: (code: string, fieldErrors: Record<string, string[]>) => {
      const first = Object.values(fieldErrors)[0]?.[0];
      return first ? lookup(`fields.${first}`, "fields.invalid") : lookup(`codes.${code}`, "codes.server_error");
    },
  };
}
