import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <main className="grid min-h-screen place-items-center p-6 text-center">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link className="mt-6 inline-block text-indigo-700 underline" href="/">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
