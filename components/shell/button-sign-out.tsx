"use client";

import { useLocale, useTranslations } from "next-intl";

/**
 * What `signOut` from next-auth/react does, through the same endpoints: fetch the CSRF token,
 * POST /api/auth/signout (which ends every session of the user, see lib/auth/options.ts), then go
 * where it answers. next-auth/react with its runtime helpers would add about 6 kB gzip to the
 * first-load JS of every signed-in page for this one call; no page uses its session hooks.
 */
async function signOut(callbackUrl: string) {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function ButtonSignOut() {
  const t = useTranslations("Shell");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut(`/${locale}/login`)}
      className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 focus:outline-none focus:ring-2 focus:ring-indigo-300"
    >
      {t("signOut")}
    </button>
  );
}
