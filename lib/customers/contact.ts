import { normalizeDigits } from "@/core/i18n/digits";
import { toE164, whatsappDigits, type PhoneCountry } from "@/core/phone/phone-number";

/** Deep links that open the phone's dialer, WhatsApp and the mail app on a customer; null where the profile has no such way. */
export interface ContactLinks {
  tel: string | null;
  whatsapp: string | null;
  email: string | null;
}

/**
 * The customer's contact links, numbers read with the organization's country: `tel:` in E.164 when
 * the number can be read (else its digits as written), `https://wa.me/<digits>` only then.
 */
export function contactLinks({ phone, email }: { phone: string | null; email: string | null }, country: PhoneCountry): ContactLinks {
  const dialled = phone ? (toE164(phone, country) ?? normalizeDigits(phone).replace(/[^\d+]/g, "")) : "";
  const whatsapp = phone ? whatsappDigits(phone, country) : null;
  return {
    tel: dialled ? `tel:${dialled}` : null,
    whatsapp: whatsapp ? `https://wa.me/${whatsapp}` : null,
    email: email ? `mailto:${email}` : null,
  };
}
