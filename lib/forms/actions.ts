"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { leadFormFormSchema, leadFormFromForm, updateLeadFormFormSchema } from "./schemas";
import { createLeadFormFor, updateLeadFormFor } from "./service";

export const createLeadFormAction = defineAction({ schema: leadFormFormSchema, allowed: can.manageSettings }, async (user, input) => {
  const form = await createLeadFormFor(user, leadFormFromForm(input));
  return { id: form.id };
});

export const updateLeadFormAction = defineAction({ schema: updateLeadFormFormSchema, allowed: can.manageSettings }, async (user, { id, ...input }) => {
  const form = await updateLeadFormFor(user, { id, ...leadFormFromForm(input) });
  return { id: form.id };
});
