import { useTranslations } from "next-intl";

/** The first tab stop of every page: past the header and its navigation to the page's own content. */
export function SkipLink() {
  const t = useTranslations("Shell");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-indigo-800 focus:shadow-lg focus:ring-2 focus:ring-indigo-500"
    >
      {t("skipToContent")}
    </a>
  );
}
