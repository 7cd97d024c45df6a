"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { revokeReferralLinkFor } from "./service";

export const revokeReferralLinkAction = defineAction({ schema: z.strictObject({ customerId: z.string().uuid() }) }, async (user, { customerId }) => {
  await revokeReferralLinkFor(user, customerId);
  return { revoked: true };
});
