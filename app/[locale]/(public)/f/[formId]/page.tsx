import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageLeadPublic } from "@/components/lead-forms/page-lead-public";
import { publicLeadForm } from "@/lib/forms/public-service";
import { pageLocale } from "@/lib/i18n/page-locale";

type Params = Promise<{ locale: string; formId: string }>;

/** A lead form for anyone, signed in or not; embeddable in other sites (proxy.ts lets /f/* be framed). */
async function load(params: Params) {
  const locale = await pageLocale(params);
  const { formId } = await params;
  // Each visit gets its own fill token (the page's issue time).
  await connection();
  const form = await publicLeadForm(formId, locale);
  if (!form) notFound();
  return form;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const form = await load(params);
  return { title: { absolute: form.orgName } };
}

export default async function PublicLeadFormPage({ params }: { params: Params }) {
  return <PageLeadPublic form={await load(params)} />;
}
