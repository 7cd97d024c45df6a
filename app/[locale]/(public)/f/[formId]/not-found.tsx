import { getTranslations } from "next-intl/server";

/** An archived (or unknown) form: a 404 that tells the visitor politely, without the app's shell. */
export default async function LeadFormClosed() {
  const t = await getTranslations("LeadForm");
  return (
    <main className="mx-auto w-full max-w-md px-4 py-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t("closedTitle")}</h1>
      <p className="mt-2 text-base text-slate-600">{t("closedBody")}</p>
    </main>
  );
}
