"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { archiveLeadFormSchema, leadFormFormSchema, leadFormFromForm, updateLeadFormFormSchema } from "./schemas";
import { createLeadFormFor, setLeadFormArchivedFor, updateLeadFormFor } from "./service";

export const createLeadFormAction = defineAction({ schema: leadFormFormSchema, allowed: can.manageSettings }, async (user, input) => {
  const form = await createLeadFormFor(user, leadFormFromForm(input));
  return { id: form.id };
});

export const updateLeadFormAction = defineAction({ schema: updateLeadFormFormSchema, allowed: can.manageSettings }, async (user, { id, ...input }) => {
  const form = await updateLeadFormFor(user, { id, ...leadFormFromForm(input) });
  return { id: form.id };
});

export const archiveLeadFormAction = defineAction({ schema: archiveLeadFormSchema, allowed: can.manageSettings }, async (user, input) => {
  const form = await setLeadFormArchivedFor(user, input);
  return { id: form.id, archived: form.archivedAt !== null };
});
