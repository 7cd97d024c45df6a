import { getTranslations } from "next-intl/server";
import type { PublicLeadForm } from "@/lib/forms/public-service";
import { FormLeadPublic } from "./form-lead-public";

/** The public page around a lead form: the organization's name first, phone-sized, nothing of the app's shell. */
export async function PageLeadPublic({ form, referralCode }: { form: PublicLeadForm; referralCode?: string }) {
  const t = await getTranslations("LeadForm");
  return (
    <main className="mx-auto w-full max-w-md px-4 py-6">
      <h1 className="text-2xl font-semibold text-slate-900">
        <bdi>{form.orgName}</bdi>
      </h1>
      <p className="mb-5 mt-1 text-base text-slate-600">{referralCode ? t("introReferral") : t("intro")}</p>
      <FormLeadPublic form={form} referralCode={referralCode} />
    </main>
  );
}
