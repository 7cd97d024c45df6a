import "server-only";
import type { z } from "zod";
import type { Locale } from "@/core/constants";
import { getDb } from "@/db";
import { insertLeadForm, setLeadFormArchived, updateLeadForm, type LeadFormInput } from "@/db/mutations/lead-forms";
import { findLeadForm, listLeadForms } from "@/db/queries/lead-forms";
import { listStages } from "@/db/queries/stages";
import { listActiveUsers } from "@/db/queries/users";
import { findOrganization } from "@/db/queries/organizations";
import type { LeadForm } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { assertOwner } from "@/lib/settings/guard";
import type { leadFormSchema, updateLeadFormSchema } from "./schemas";

/** The public page of a form in a locale, on the app's origin. */
export const leadFormUrl = (origin: string, locale: Locale, id: string) => `${origin}/${locale}/f/${id}`;

/** The snippet an owner pastes into their own website. */
export const leadFormSnippet = (url: string, title: string) =>
  `<iframe src="${url}" title="${title.replace(/[<>&"]/g, "")}" style="width:100%;max-width:480px;height:640px;border:0" loading="lazy"></iframe>`;

export function presentLeadForm(form: LeadForm, url: string) {
  return {
    id: form.id,
    name: form.name,
    fields: form.fields,
    stage: form.stageKey,
    channel: form.channel,
    assignment: form.assigneeId ? { userId: form.assigneeId } : "round_robin",
    thankYou: form.thankYou,
    isDefault: form.isDefault,
    archivedAt: form.archivedAt?.toISOString() ?? null,
    url,
    createdAt: form.createdAt.toISOString(),
  };
}

function toInput(input: z.infer<typeof leadFormSchema>): LeadFormInput {
  const thankYou = typeof input.thankYou === "string" ? { he: input.thankYou, fa: input.thankYou, en: input.thankYou } : (input.thankYou ?? {});
  return {
    name: input.name,
    fields: input.fields,
    stageKey: input.stage ?? null,
    channel: input.channel ?? "website",
    assigneeId: typeof input.assignment === "object" ? input.assignment.userId : null,
    thankYou: Object.fromEntries(Object.entries(thankYou).filter(([, text]) => text)),
    isDefault: input.isDefault ?? false,
  };
}

export async function listLeadFormsFor(user: CurrentUser) {
  assertOwner(user);
  return listLeadForms(await getDb(), { orgId: user.orgId });
}

export async function createLeadFormFor(user: CurrentUser, input: z.infer<typeof leadFormSchema>) {
  assertOwner(user);
  return insertLeadForm(await getDb(), { orgId: user.orgId, form: toInput(input) });
}

export async function updateLeadFormFor(user: CurrentUser, { id, ...input }: z.infer<typeof updateLeadFormSchema>) {
  assertOwner(user);
  return updateLeadForm(await getDb(), { orgId: user.orgId, id, form: toInput(input) });
}

/** Closes a form (`archived`) or opens it again; the default form cannot be closed. */
export async function setLeadFormArchivedFor(user: CurrentUser, { id, archived }: { id: string; archived: boolean }) {
  assertOwner(user);
  return setLeadFormArchived(await getDb(), { orgId: user.orgId, id, archived });
}

/** The forms with their public links in `locale` (by default the organization's), as the API shows them. */
export async function listPresentedLeadFormsFor(user: CurrentUser, origin: string, locale?: Locale) {
  const forms = await listLeadFormsFor(user);
  const linkLocale = locale ?? (await organizationLocale(user));
  return forms.map((form) => presentLeadForm(form, leadFormUrl(origin, linkLocale, form.id)));
}

export async function organizationLocale(user: CurrentUser): Promise<Locale> {
  return (await findOrganization(await getDb(), { orgId: user.orgId }))?.defaultLocale ?? "he";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One form of the organization for its editor; null for an id that names none. */
export async function getLeadFormFor(user: CurrentUser, id: string) {
  assertOwner(user);
  if (!UUID.test(id)) return null;
  return (await findLeadForm(await getDb(), { orgId: user.orgId, id: id.toLowerCase() })) ?? null;
}

/** What a form's editor offers: the live stages and the active users. */
export async function leadFormChoicesFor(user: CurrentUser) {
  assertOwner(user);
  const db = await getDb();
  const [stages, users] = await Promise.all([listStages(db, { orgId: user.orgId }), listActiveUsers(db, { orgId: user.orgId })]);
  return { stages, users };
}
