"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { changeRoleSchema, createUserSchema, setDisabledSchema, userRefSchema } from "@/lib/settings/schemas";
import { changeRoleFor, createUserFor, resetPasswordFor, setDisabledFor } from "@/lib/settings/users";

const owners = { allowed: can.manageSettings };

export const createUserAction = defineAction({ schema: createUserSchema, ...owners }, createUserFor);

export const changeRoleAction = defineAction({ schema: changeRoleSchema, ...owners }, async (user, input) => {
  await changeRoleFor(user, input);
  return null;
});

export const setDisabledAction = defineAction({ schema: setDisabledSchema, ...owners }, async (user, input) => {
  await setDisabledFor(user, input);
  return null;
});

export const resetPasswordAction = defineAction({ schema: userRefSchema, ...owners }, resetPasswordFor);
