import { getTranslations } from "next-intl/server";
import { journeys, type Journey } from "@/core/constants";
import type { BoardFilters } from "@/lib/board/types";
import { Link } from "@/lib/i18n/navigation";

/** The journey is in the URL (`?journey=`), so a link reproduces the board; the filters go along. */
export async function BoardJourneySwitch({ journey, filters }: { journey: Journey; filters: BoardFilters }) {
  const t = await getTranslations("Board");
  return (
    <nav aria-label={t("journey")}>
      <ul className="flex rounded-lg bg-slate-200 p-1 text-sm font-medium">
        {journeys.map((j) => (
          <li key={j}>
            <Link
              href={{ pathname: "/board", query: { journey: j, ...filters } }}
              aria-current={j === journey ? "page" : undefined}
              className="block rounded-md px-3 py-1.5 text-slate-700 hover:text-slate-900 aria-[current=page]:bg-white aria-[current=page]:text-indigo-800 aria-[current=page]:shadow-sm"
            >
              {t(`journeys.${j}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
