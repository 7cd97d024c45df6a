"use server";

import { z } from "zod";
import { locales } from "@/db/schema/constants";
import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { resumeImportFor, startImportFor } from "@/lib/import/service";
import { optionalText, uuid } from "@/lib/validation/fields";

const column = optionalText(200);

/** One select per field, blank meaning "not imported". */
const startSchema = z.object({
  id: uuid,
  locale: z.enum(locales),
  externalId: column,
  name: column,
  email: column,
  phone: column,
  channel: column,
  stage: column,
  ownerEmail: column,
  createdAt: column,
});

export const startImportAction = defineAction({ schema: startSchema, allowed: can.manageSettings }, async (user, { id, locale, ...columns }) => {
  const mapping = Object.fromEntries(Object.entries(columns).filter(([, header]) => header !== undefined));
  return (await startImportFor(user, id, { mapping, locale })).job;
});

export const resumeImportAction = defineAction({ schema: z.object({ id: uuid }), allowed: can.manageSettings }, (user, { id }) =>
  resumeImportFor(user, id),
);
