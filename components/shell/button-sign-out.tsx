"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function ButtonSignOut() {
  const t = useTranslations("Shell");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}/login` })}
      className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 focus:outline-none focus:ring-2 focus:ring-indigo-300"
    >
      {t("signOut")}
    </button>
  );
}
