import { z } from "zod";
import { locales, messageChannels, messageTemplateKeys, MESSAGE_TEMPLATE_MAX } from "@/core/constants";
import { optionalEnum, optionalText, safeString } from "@/core/validation/fields";

export const messageSchema = z.strictObject({
  channel: z.enum(messageChannels),
  template: z.enum(messageTemplateKeys),
  locale: optionalEnum(locales),
  voucherCode: optionalText(60),
});

/** The settings form: a blank body goes back to the built-in wording. */
export const templateSchema = z.strictObject({
  key: z.enum(messageTemplateKeys),
  locale: z.enum(locales),
  body: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), safeString().trim().max(MESSAGE_TEMPLATE_MAX).nullable()),
});
