"use server";

import { z } from "zod";
import { locales, messageChannels, messageTemplateKeys } from "@/core/constants";
import { localizedInt, optionalEnum } from "@/core/validation/fields";
import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { presentCustomer } from "@/lib/customers/present";
import { patchCustomerFor } from "@/lib/customers/service";
import { requestSurveyFor } from "@/lib/surveys/service";
import { publicOrigin } from "./origin";
import { templateSchema } from "./schemas";
import { logMessageFor, prepareMessageFor, saveMessageTemplateFor, sendMessageFor } from "./service";

const customerId = z.uuid();
const template = z.enum(messageTemplateKeys);
const locale = optionalEnum(locales);

/** The message menu: a template filled in for the customer, with its deep links (nothing is logged until one is opened). */
export const prepareMessageAction = defineAction({ schema: z.strictObject({ customerId, template, locale }), revalidate: false }, async (user, { customerId, ...input }) =>
  prepareMessageFor(user, customerId, input, await publicOrigin()),
);

/** The rep opened a message link: its touchpoint. */
export const logMessageAction = defineAction({ schema: z.strictObject({ customerId, channel: z.enum(messageChannels) }) }, async (user, { customerId, channel }) => {
  await logMessageFor(user, customerId, channel);
  return null;
});

/** Sends the template by email through the server's queue (offered only when SMTP_URL is set). */
export const sendEmailAction = defineAction({ schema: z.strictObject({ customerId, template, locale }) }, async (user, { customerId, ...input }) =>
  sendMessageFor(user, customerId, { ...input, channel: "email" }, await publicOrigin()),
);

export const requestSurveyAction = defineAction({ schema: z.strictObject({ customerId, locale }), revalidate: false }, async (user, { customerId, locale }) => {
  const { url, expiresAt } = await requestSurveyFor(user, customerId, { locale }, await publicOrigin());
  return { url, expiresAt };
});

export const setDoNotContactAction = defineAction(
  { schema: z.strictObject({ customerId, version: localizedInt(1, 2_147_483_647), doNotContact: z.boolean() }) },
  async (user, { customerId, version, doNotContact }) => presentCustomer(await patchCustomerFor(user, customerId, { version, doNotContact })),
);

export const saveMessageTemplateAction = defineAction({ schema: templateSchema, allowed: can.manageSettings }, async (user, input) => {
  await saveMessageTemplateFor(user, input);
  return null;
});
