import "server-only";
import { getDb } from "@/db";
import { loadImportContext } from "@/db/queries/imports";
import type { Locale } from "@/core/constants";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden } from "@/core/errors";
import { stageLabel } from "@/lib/journey/labels";
import { timeZones } from "@/lib/settings/choices";
import { stageChoices } from "./row-context";

/** What the import wizard offers an owner: the organization's stages (labelled in `locale`), active users and time zones. */
export async function importTargetsFor(user: CurrentUser, locale: Locale) {
  if (!can.manageSettings(user.role)) throw forbidden();
  const context = await loadImportContext(await getDb(), { orgId: user.orgId });
  const labels = new Map(context.stages.map((s) => [s.key, stageLabel(s, locale)]));
  return {
    stages: stageChoices(context.stages).map((s) => ({ ...s, label: labels.get(s.key) ?? s.key })),
    users: context.users,
    timeZones: timeZones(),
    timeZone: context.timeZone,
  };
}
