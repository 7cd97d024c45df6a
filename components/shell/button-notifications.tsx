"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/core/constants";
import { PopoverLazy } from "@/components/ui/popover-lazy";
import { direction } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { useNotifications } from "./use-notifications";

/** The bell: how many notifications are unread, and the latest ones in a popover. */
export function ButtonNotifications() {
  const t = useTranslations("Notifications");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const { data, markAllRead, marking } = useNotifications();
  const unread = data?.unread ?? 0;
  return (
    <PopoverLazy
      trigger={{
        attributes: {
          "aria-label": t("bell", { count: unread }),
          className: "relative shrink-0 rounded-lg p-2 text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100",
          "data-unread": unread,
        },
        children: (
          <>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
            {unread > 0 && (
              <span aria-hidden="true" className="absolute -end-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-medium text-white">
                {format.number(unread)}
              </span>
            )}
          </>
        ),
      }}
      content={{
        dir: direction(locale),
        align: "end",
        "aria-label": t("title"),
        className: "w-80 max-w-[calc(100vw-1rem)]",
      }}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">{t("title")}</h2>
        {unread > 0 && (
          <button type="button" disabled={marking} onClick={markAllRead} className="rounded px-2 py-1 text-xs text-indigo-800 hover:bg-indigo-50 disabled:opacity-60">
            {t("markAllRead")}
          </button>
        )}
      </div>
      {!data?.items.length ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto text-sm">
          {data.items.map((item) => (
            <li key={item.id} className={`py-2 ${item.readAt ? "text-slate-600" : "font-medium"}`}>
              {item.customerId ? (
                <Link href={`/customers/${item.customerId}`} className="hover:underline">
                  {t(`kinds.${item.kind}`, { title: item.params.title ?? "", customer: item.params.customerName ?? "", playbook: item.params.automationName ?? "" })}
                </Link>
              ) : (
                t(`kinds.${item.kind}`, { title: item.params.title ?? "", customer: item.params.customerName ?? "", playbook: item.params.automationName ?? "" })
              )}
              <span className="block text-xs font-normal text-slate-500">{format.dateTime(new Date(item.createdAt), "dateTime")}</span>
            </li>
          ))}
        </ul>
      )}
    </PopoverLazy>
  );
}
