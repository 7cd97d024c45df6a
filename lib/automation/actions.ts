"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { automationEnabledSchema, automationFormSchema, automationFromForm, automationRefSchema } from "@/lib/automation/form";
import { createAutomationFor, deleteAutomationFor, updateAutomationFor } from "@/lib/automation/service";

const owners = { allowed: can.manageAutomations };

export const createAutomationAction = defineAction({ schema: automationFormSchema, ...owners }, async (user, form) => {
  const row = await createAutomationFor(user, { ...automationFromForm(form), confirm: form.confirm });
  return { id: row.id };
});

export const setAutomationEnabledAction = defineAction({ schema: automationEnabledSchema, ...owners }, async (user, { id, enabled, confirm }) => {
  await updateAutomationFor(user, id, { enabled, confirm });
  return null;
});

export const deleteAutomationAction = defineAction({ schema: automationRefSchema, ...owners }, async (user, { id }) => {
  await deleteAutomationFor(user, id);
  return null;
});
