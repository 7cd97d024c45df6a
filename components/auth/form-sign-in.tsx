"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";

type ErrorCode = "invalid_credentials" | "account_disabled" | "throttled" | "unavailable";

function toErrorCode(error: string | null | undefined): ErrorCode {
  if (error === "account_disabled" || error === "throttled") return error;
  if (error === "invalid_credentials" || error === "CredentialsSignin") return "invalid_credentials";
  return "unavailable";
}

export function FormSignIn() {
  const t = useTranslations("Login");
  const router = useRouter();
  const [error, setError] = useState<ErrorCode | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(toErrorCode(result?.error));
    } catch {
      setError("unavailable");
    }
    setPending(false);
  }

  return (
    // Posted, never a GET: a tap before the page is interactive must not put the password in the
    // address. Without the script next-auth refuses the post (no CSRF token) and shows sign-in again.
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate={false}>
      <label className="block">
        <span className="text-sm font-medium">{t("email")}</span>
        <input
          name="email"
          type="email"
          required
          autoComplete="username"
          dir="ltr"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-start focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
      </label>
      <label className="block">
        <span className="text-sm font-medium">{t("password")}</span>
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          dir="ltr"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-start focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
      </label>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${error}`)}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
