import { z } from "zod";
import { holidayKeys } from "@/core/automation/holidays";
import { heCalendars, journeys, locales, requirableFields, roles, transitionRules } from "@/core/constants";
import { localizedInt, requiredText, safeString, uuid } from "@/core/validation/fields";
import { phoneCountries } from "@/core/phone/phone-number";
import { currencies, timeZones } from "./choices";
import { stageKeyPattern } from "./stage-key";

/**
 * Passwords are taken as typed: no trimming, blank means "generate one". Control characters and
 * lone surrogates are refused like in any text: a lone surrogate has no UTF-8 form, so two
 * different ones would hash alike.
 */
const optionalPassword = z.preprocess((v) => (v === "" ? undefined : v), safeString().max(200).optional());

export const createUserSchema = z.strictObject({
  name: requiredText(200),
  email: z.string().trim().toLowerCase().email().max(320),
  role: z.enum(roles),
  password: optionalPassword,
});

const userRef = { userId: uuid };
export const userRefSchema = z.strictObject(userRef);
export const changeRoleSchema = z.strictObject({ ...userRef, role: z.enum(roles) });
export const setDisabledSchema = z.strictObject({ ...userRef, disabled: z.boolean() });

/** Checkbox groups travel as one comma-separated value (a form field) or as an array (a JSON call). */
const fieldList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
  z.array(z.enum(requirableFields)).max(requirableFields.length),
);

export const stageDetailsSchema = z.strictObject({
  labelHe: requiredText(60),
  labelFa: requiredText(60),
  labelEn: requiredText(60),
  transitionRule: z.enum(transitionRules),
  requiredFields: fieldList.transform((fields) => [...new Set(fields)]),
  idleDays: localizedInt(1, 3650),
});

const stageKey = z.string().regex(stageKeyPattern);
export const updateStageSchema = stageDetailsSchema.extend({ key: stageKey });
export const addStageSchema = stageDetailsSchema.extend({ journey: z.enum(journeys) });
export const reorderStagesSchema = z.strictObject({ journey: z.enum(journeys), keys: z.array(stageKey).min(1).max(200) });
export const archiveStageSchema = z.strictObject({ key: stageKey, archived: z.boolean() });

export const createApiKeySchema = z.strictObject({ name: requiredText(100) });
export const revokeApiKeySchema = z.strictObject({ keyId: uuid });

export const organizationSchema = z.strictObject({
  name: requiredText(200),
  timeZone: z.enum(timeZones()),
  currency: z.enum(currencies),
  country: z.enum(phoneCountries()),
  defaultLocale: z.enum(locales),
  heCalendar: z.enum(heCalendars),
  holidays: z
    .preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(z.enum(holidayKeys)).max(holidayKeys.length))
    .transform((keys) => [...new Set(keys)])
    .optional(),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type StageDetailsInput = z.infer<typeof stageDetailsSchema>;
export type OrganizationInput = z.infer<typeof organizationSchema>;
