"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useSettingsAction } from "@/components/settings/use-settings-action";
import { revokeReferralLinkAction } from "@/lib/referrals/actions";

/** Replaces the customer's referral code: the link they shared stops working. */
export function ButtonRevokeReferral({ customerId }: { customerId: string }) {
  const t = useTranslations("ReferralLink");
  const { run, pending, error } = useSettingsAction();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (window.confirm(t("revokeConfirm"))) run(() => revokeReferralLinkAction({ customerId }));
        }}
        className="min-h-10 rounded-lg px-3 py-1.5 text-sm text-red-800 underline disabled:opacity-60"
      >
        {t("revoke")}
      </button>
      <FormError message={error} />
    </div>
  );
}
