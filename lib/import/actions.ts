"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { retryRejectedRowsFor } from "@/lib/import/retry";
import { importOptionsOf, retryImportSchema, startImportSchema } from "@/lib/import/schemas";
import { resumeImportFor, startImportFor } from "@/lib/import/service";
import { uuid } from "@/core/validation/fields";

export const startImportAction = defineAction({ schema: startImportSchema, allowed: can.manageSettings }, async (user, { id, locale, mapping, ...options }) =>
  (await startImportFor(user, id, { mapping, locale, options: importOptionsOf(options) })).job,
);

export const resumeImportAction = defineAction({ schema: z.object({ id: uuid }), allowed: can.manageSettings }, (user, { id }) =>
  resumeImportFor(user, id),
);

export const retryImportAction = defineAction({ schema: retryImportSchema, allowed: can.manageSettings }, (user, { id, rows }) =>
  retryRejectedRowsFor(user, id, rows),
);
