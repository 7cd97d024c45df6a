"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { addTouchpointAction } from "@/lib/customers/actions";
import type { Channel, TouchpointKind } from "@/core/constants";
import type { ContactLinks } from "@/lib/customers/contact";

type Way = { channel: Extract<Channel, "phone" | "whatsapp" | "email">; kind: TouchpointKind; href: string; newTab: boolean };

const link =
  "inline-flex items-center gap-1.5 rounded-full px-4 py-2 text-sm font-medium ring-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400";
const looks = {
  phone: `${link} bg-indigo-700 text-white ring-indigo-700 hover:bg-indigo-800`,
  whatsapp: `${link} bg-emerald-600 text-white ring-emerald-600 hover:bg-emerald-700`,
  email: `${link} bg-white text-indigo-800 ring-slate-300 hover:bg-slate-50`,
};

/**
 * Call, WhatsApp and email the customer in one tap: plain links to the phone's dialer, WhatsApp and
 * the mail app, each also logging the touchpoint (through the touchpoint action, without waiting for
 * it: the link opens at once). Only the ways the profile has are shown.
 */
export function BarContact({ customerId, contact }: { customerId: string; contact: ContactLinks }) {
  const t = useTranslations("Customer.contact");
  const tc = useTranslations("Channels");
  const [logged, setLogged] = useState<{ ok: boolean; channel: Way["channel"] } | null>(null);
  const ways: Way[] = [
    ...(contact.tel ? [{ channel: "phone" as const, kind: "call" as const, href: contact.tel, newTab: false }] : []),
    ...(contact.whatsapp ? [{ channel: "whatsapp" as const, kind: "message" as const, href: contact.whatsapp, newTab: true }] : []),
    ...(contact.email ? [{ channel: "email" as const, kind: "email" as const, href: contact.email, newTab: false }] : []),
  ];
  if (ways.length === 0) return null;

  const log = ({ channel, kind }: Way) => {
    void addTouchpointAction({ customerId, channel, kind })
      .then((result) => setLogged({ ok: result.ok, channel }))
      .catch(() => setLogged({ ok: false, channel }));
  };

  return (
    <div className="space-y-1">
      <nav aria-label={t("label")} className="flex flex-wrap gap-2">
        {ways.map((way) => (
          <a key={way.channel} href={way.href} onClick={() => log(way)} className={looks[way.channel]} {...(way.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
            {t(way.channel)}
          </a>
        ))}
      </nav>
      <p role="status" className="text-xs text-slate-600">
        {logged && (logged.ok ? t("logged", { channel: tc(logged.channel) }) : t("notLogged", { channel: tc(logged.channel) }))}
      </p>
    </div>
  );
}
