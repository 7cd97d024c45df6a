import { getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { isLocale } from "@/lib/i18n/locale";
import { uuidParam } from "@/lib/import/http";
import { rejectionReportFor } from "@/lib/import/service";

/** The rejected rows of an import as CSV, messages in `?locale=` (default: the import's locale). */
export const GET = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = uuidParam.safeParse(params.id);
  if (!id.success) return problem(404);
  const requested = new URL(request.url).searchParams.get("locale");
  const { job, stream } = await rejectionReportFor(user, id.data.toLowerCase(), async (locale) => {
    const t = await getTranslations({ locale: isLocale(requested) ? requested : locale, namespace: "SettingsData" });
    return Object.assign((key: string) => t(key as never), { has: (key: string) => t.has(key as never) });
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="import-errors-${job.id.slice(0, 8)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
