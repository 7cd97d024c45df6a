import type { MessageChannel } from "@/core/constants";
import { whatsappDigits, toE164, type PhoneCountry } from "@/core/phone/phone-number";

/** Where a message goes: the customer's phone and email as the profile holds them. */
export interface Recipient {
  phone: string | null;
  email: string | null;
}

/**
 * The deep link that opens the rep's WhatsApp, SMS app, dialer or mail app on the customer with the
 * text filled in; null when the profile has no usable number or address for that channel. Numbers
 * without a country code are read in `country` (Persian digits, dashes, spaces and trunk 0 allowed).
 */
export function deepLink(channel: MessageChannel, to: Recipient, text: string, country: PhoneCountry): string | null {
  const body = encodeURIComponent(text);
  switch (channel) {
    case "whatsapp": {
      const digits = to.phone ? whatsappDigits(to.phone, country) : null;
      return digits ? `https://wa.me/${digits}${text ? `?text=${body}` : ""}` : null;
    }
    case "sms": {
      const number = to.phone ? toE164(to.phone, country) : null;
      // RFC 5724: sms:<number>?body=… (both iOS and Android read it).
      return number ? `sms:${number}${text ? `?body=${body}` : ""}` : null;
    }
    case "call": {
      const number = to.phone ? toE164(to.phone, country) : null;
      return number ? `tel:${number}` : null;
    }
    case "email":
      return to.email ? `mailto:${encodeURIComponent(to.email).replace(/%40/g, "@")}${text ? `?body=${body}` : ""}` : null;
  }
}
