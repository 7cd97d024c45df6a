import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormSignIn } from "@/components/auth/form-sign-in";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { currentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Login" });
  return { title: t("title") };
}

export default async function LoginPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  if (await currentUser()) redirect({ href: "/", locale });
  const t = await getTranslations("Login");
  const app = await getTranslations("App");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <p className="text-sm font-medium text-indigo-700">{app("name")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{app("tagline")}</p>
        <FormSignIn />
      </div>
      <LocaleSwitcher />
    </main>
  );
}
