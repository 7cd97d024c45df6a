"use client";

import { useTranslations } from "next-intl";
import { ButtonAction } from "@/components/settings/button-action";
import { revokeReferralLinkAction } from "@/lib/referrals/actions";

/** Replaces the customer's referral code: the link they shared stops working. */
export function ButtonRevokeReferral({ customerId }: { customerId: string }) {
  const t = useTranslations("ReferralLink");
  return <ButtonAction tone="danger" label={t("revoke")} confirm={t("revokeConfirm")} action={() => revokeReferralLinkAction({ customerId })} />;
}
