import { Faker, base, en, fa, he } from "@faker-js/faker";
import type { Locale } from "@/db/schema";
import type { Rng, Weighted } from "./random";

export interface Person {
  locale: Locale;
  name: string;
  email: string | null;
  phone: string | null;
  /** The phone in E.164: the formats below are either international or Israeli mobiles (the demo organization is in Israel). */
  phoneE164: string | null;
}

const localeMix: Weighted<Locale> = [
  ["he", 45],
  ["fa", 35],
  ["en", 20],
];

/** Mobile formats: Israeli, Iranian, and faker's own for English speakers. */
const phoneFormats: Record<Locale, string | null> = { he: "05#-###-####", fa: "+98 9## ### ####", en: null };

const seedE164 = (phone: string) => {
  const digits = phone.replace(/\D/g, "");
  return phone.startsWith("+") ? `+${digits}` : `+972${digits.slice(1)}`;
};

/**
 * Names, emails and phones from faker's he/fa/en locales. Each locale has its own faker,
 * seeded once, so the sequence depends only on the seed and the order of calls.
 */
export class People {
  private readonly fakers: Record<Locale, Faker>;

  constructor(seed: number) {
    this.fakers = {
      he: new Faker({ locale: [he, en, base] }),
      fa: new Faker({ locale: [fa, en, base] }),
      en: new Faker({ locale: [en, base] }),
    };
    Object.values(this.fakers).forEach((f, i) => f.seed(seed * 3 + i));
  }

  next(rng: Rng): Person {
    const locale = rng.weighted(localeMix);
    const f = this.fakers[locale];
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    const format = phoneFormats[locale];
    const phone = format ? f.helpers.replaceSymbols(format) : f.phone.number({ style: "international" });
    const email = rng.chance(0.75) ? f.internet.email({ firstName, lastName }).toLowerCase() : null;
    const hasPhone = rng.chance(0.9);
    return { locale, name: `${firstName} ${lastName}`, email, phone: hasPhone ? phone : null, phoneE164: hasPhone ? seedE164(phone) : null };
  }
}
