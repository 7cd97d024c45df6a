"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { locales, messageTemplateKeys, type Locale, type MessageChannel, type MessageTemplateKey } from "@/core/constants";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { logMessageAction, prepareMessageAction, sendEmailAction } from "@/lib/messages/actions";

type Prepared = { text: string; links: Record<MessageChannel, string | null>; canSendEmail: boolean };

const link =
  "inline-flex items-center rounded-full px-4 py-2 text-sm font-medium ring-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400";
const looks: Record<MessageChannel, string> = {
  whatsapp: `${link} bg-emerald-700 text-white ring-emerald-700 hover:bg-emerald-800`,
  sms: `${link} bg-white text-indigo-800 ring-slate-300 hover:bg-slate-50`,
  call: `${link} bg-white text-indigo-800 ring-slate-300 hover:bg-slate-50`,
  email: `${link} bg-white text-indigo-800 ring-slate-300 hover:bg-slate-50`,
};
const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const NEW_TAB = new Set<MessageChannel>(["whatsapp"]);

/**
 * "Send a message": pick a template, see it filled in for the customer, open it in WhatsApp, SMS,
 * the dialer or the mail app (each logs its touchpoint), or have the server email it when SMTP is
 * set up. Disabled with the reason for a customer who asked not to be contacted. Opens by itself
 * when the page is reached as `#messages` (the board card's menu).
 */
export function PanelMessages({ customerId, doNotContact }: { customerId: string; doNotContact: boolean }) {
  const t = useTranslations("Messages");
  const tk = useTranslations("MessageTemplates.names");
  const tl = useTranslations("LocaleSwitcher");
  const [locale, setLocale] = useState<Locale>(useLocale() as Locale);
  const errorText = useErrorText();
  const details = useRef<HTMLDetailsElement>(null);
  const [template, setTemplate] = useState<MessageTemplateKey>("follow_up");
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const prepare = (key: MessageTemplateKey, language: Locale) =>
    startTransition(async () => {
      setTemplate(key);
      setLocale(language);
      setStatus(undefined);
      const result = await prepareMessageAction({ customerId, template: key, locale: language }).catch(() => null);
      setPrepared(result?.ok ? result.data : null);
      setError(result?.ok ? undefined : result ? errorText.describe(result.code, result.fieldErrors) : errorText.form("server_error"));
    });

  useEffect(() => {
    if (window.location.hash === "#messages" && details.current && !doNotContact) details.current.open = true;
  }, [doNotContact]);

  const log = (channel: MessageChannel) => {
    void logMessageAction({ customerId, channel }).then((result) => setStatus(result.ok ? t("logged") : t("notLogged")), () => setStatus(t("notLogged")));
  };

  const sendEmail = () =>
    startTransition(async () => {
      const result = await sendEmailAction({ customerId, template, locale }).catch(() => null);
      setStatus(result?.ok ? t("emailQueued") : undefined);
      setError(result?.ok ? undefined : result ? errorText.describe(result.code, result.fieldErrors) : errorText.form("server_error"));
    });

  if (doNotContact) {
    return (
      <div id="messages" className="rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
        <button type="button" disabled aria-describedby="messages-blocked" className="text-sm font-medium text-slate-500">
          {t("open")}
        </button>
        <p id="messages-blocked" className="text-xs text-slate-600">
          {t("blocked")}
        </p>
      </div>
    );
  }

  return (
    <details
      id="messages"
      ref={details}
      className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
      onToggle={(event) => event.currentTarget.open && !prepared && !pending && prepare(template, locale)}
    >
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-indigo-800">{t("open")}</summary>
      <div className="space-y-3 px-4 pb-4">
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="block text-sm">
            <span className="font-medium">{t("template")}</span>
            <select value={template} onChange={(event) => prepare(event.target.value as MessageTemplateKey, locale)} className={select}>
              {messageTemplateKeys.map((key) => (
                <option key={key} value={key}>
                  {tk(key)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm">
            <span className="font-medium">{t("language")}</span>
            <select value={locale} onChange={(event) => prepare(template, event.target.value as Locale)} className={select}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {tl(l)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {prepared && (
          <>
            <p lang={locale} dir={locale === "en" ? "ltr" : "rtl"} className="rounded-lg bg-slate-50 p-3 text-start text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">
              {prepared.text}
            </p>
            <nav aria-label={t("channels")} className="flex flex-wrap gap-2">
              {(Object.keys(prepared.links) as MessageChannel[]).map((channel) => {
                const href = prepared.links[channel];
                if (!href) return null;
                return (
                  <a key={channel} href={href} onClick={() => log(channel)} className={looks[channel]} {...(NEW_TAB.has(channel) ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                    {t(`via.${channel}`)}
                  </a>
                );
              })}
              {prepared.canSendEmail && (
                <button type="button" onClick={sendEmail} disabled={pending} className={looks.email}>
                  {t("sendEmail")}
                </button>
              )}
            </nav>
          </>
        )}
        <p role="status" className="text-xs text-slate-600">
          {pending ? t("preparing") : status}
        </p>
        <FormError message={error} />
      </div>
    </details>
  );
}
