import { z } from "zod";
import { channels, leadFormFields, locales } from "@/core/constants";
import { HONEYPOT_FIELD } from "@/core/forms/spam";
import { optionalEmail, optionalEnum, optionalPhone, optionalText, requiredText, uuid } from "@/core/validation/fields";

const stageKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const thankYouText = optionalText(500);

/**
 * A form's settings, from the API or the settings page (which sends the same shape). `fields`
 * always includes the name; `assignment` is a fixed user or the sales users in turn; `thankYou`
 * one text for every locale or one per locale.
 */
export const leadFormSchema = z.strictObject({
  name: requiredText(200),
  fields: z
    .array(z.enum(leadFormFields))
    .max(leadFormFields.length)
    .transform((fields) => leadFormFields.filter((field) => field === "name" || fields.includes(field))),
  stage: z.preprocess((v) => (v === "" ? undefined : v), stageKey.optional()),
  channel: optionalEnum(channels),
  assignment: z.union([z.literal("round_robin"), z.strictObject({ userId: uuid })]).optional(),
  thankYou: z.union([thankYouText, z.strictObject(Object.fromEntries(locales.map((l) => [l, thankYouText])) as Record<(typeof locales)[number], typeof thankYouText>)]).optional(),
  isDefault: z.boolean().optional(),
});

export const updateLeadFormSchema = leadFormSchema.extend({ id: uuid });

/** `PATCH /api/v1/forms/{id}`: close a form or open it again. */
export const leadFormStateSchema = z.strictObject({ archived: z.boolean() });

export const archiveLeadFormSchema = leadFormStateSchema.extend({ id: uuid });

const utm = optionalText(200);
const referralCode = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/**
 * A visitor's submission, JSON or form-encoded (so every value may come as a string). Unknown keys
 * are dropped; the honeypot is read apart (core/forms/spam.ts).
 */
export const submissionSchema = z.object({
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalPhone,
  question: optionalText(2000),
  token: z.string().max(200).optional(),
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
  utm_source: utm,
  utm_medium: utm,
  utm_campaign: utm,
  /** The page that linked to the form: an http(s) address only, so it can never become a script link where it is shown. */
  referrer: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(2000).url().regex(/^https?:\/\//i).optional()),
  ref: z.preprocess((v) => (v === "" ? undefined : v), referralCode.optional()),
});

export type Submission = z.infer<typeof submissionSchema>;

/** A checkbox: "on" when ticked, absent when not; any other text is refused, not read as "unticked". */
const checkboxes = new Map<unknown, boolean>([["on", true], ["true", true], [true, true], [undefined, false], ["", false], ["false", false], [false, false]]);
const checked = z.preprocess((v) => checkboxes.get(v) ?? v, z.boolean());

/**
 * The settings page's form: flat fields (FormData sends strings), turned into the API's shape by
 * `leadFormFromForm`. `assignment` is "round_robin" or a user's id.
 */
export const leadFormFormSchema = z.strictObject({
  name: requiredText(200),
  fieldPhone: checked,
  fieldEmail: checked,
  fieldQuestion: checked,
  stage: z.preprocess((v) => (v === "" ? undefined : v), stageKey.optional()),
  channel: optionalEnum(channels),
  assignment: z.union([z.literal("round_robin"), uuid]),
  thankYouHe: thankYouText,
  thankYouFa: thankYouText,
  thankYouEn: thankYouText,
  isDefault: checked,
});

export const updateLeadFormFormSchema = leadFormFormSchema.extend({ id: uuid });

export function leadFormFromForm(form: z.infer<typeof leadFormFormSchema>): z.infer<typeof leadFormSchema> {
  const asked = { phone: form.fieldPhone, email: form.fieldEmail, question: form.fieldQuestion };
  return {
    name: form.name,
    fields: leadFormFields.filter((field) => field === "name" || asked[field]),
    stage: form.stage,
    channel: form.channel,
    assignment: form.assignment === "round_robin" ? "round_robin" : { userId: form.assignment },
    thankYou: { he: form.thankYouHe, fa: form.thankYouFa, en: form.thankYouEn },
    isDefault: form.isDefault,
  };
}
