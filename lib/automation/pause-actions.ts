"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { automationsPausedSchema, setAutomationsPausedFor } from "./pause";

export const setAutomationsPausedAction = defineAction({ schema: automationsPausedSchema, allowed: can.manageAutomations }, async (user, input) => {
  await setAutomationsPausedFor(user, input);
  return null;
});
