import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageLeadPublic } from "@/components/lead-forms/page-lead-public";
import { referralLeadForm } from "@/lib/forms/public-service";
import { pageLocale } from "@/lib/i18n/page-locale";

type Params = Promise<{ locale: string; code: string }>;

/** A customer's referral link: the organization's default form, sent with the code; 404 for an unknown or revoked code. */
async function load(params: Params) {
  const locale = await pageLocale(params);
  const { code } = await params;
  await connection();
  const form = await referralLeadForm(code, locale);
  if (!form) notFound();
  return { form, code };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { form } = await load(params);
  return { title: { absolute: form.orgName } };
}

export default async function ReferralPage({ params }: { params: Params }) {
  const { form, code } = await load(params);
  return <PageLeadPublic form={form} referralCode={code} />;
}
