import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** What requireRole answers (HTTP 403) to a signed-in user whose role may not open the page: inside the shell, with a way back. */
export default async function Forbidden() {
  const t = await getTranslations("Forbidden");
  return (
    <section aria-labelledby="forbidden-title" className="mx-auto max-w-xl rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h1 id="forbidden-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link className="mt-6 inline-block text-indigo-800 underline" href="/">
        {t("home")}
      </Link>
    </section>
  );
}
