import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RequirableField } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/core/errors";
import { createApiKeyFor, listApiKeysFor, revokeApiKeyFor } from "@/lib/settings/api-keys";
import { getOrganizationFor, updateOrganizationFor } from "@/lib/settings/organization";
import { addStageFor, listStagesFor, reorderStagesFor, setStageArchivedFor, updateStageFor } from "@/lib/settings/stages";
import { changeRoleFor, createUserFor, listUsersFor, resetPasswordFor, setDisabledFor } from "@/lib/settings/users";

const id = "00000000-0000-4000-8000-000000000001";
const details = { labelHe: "א", labelFa: "ب", labelEn: "C", transitionRule: "any" as const, requiredFields: [] as RequirableField[], idleDays: 7 };

/** Server actions are public endpoints: each settings function checks the role itself, before touching the database. */
describe("settings functions refuse everyone but owners", () => {
  // Were a check missing, the call would reach a throwaway database, never a developer's data.
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = path.join(tmpdir(), `masir-settings-guard-${process.pid}`);
  });

  const calls: [string, (user: CurrentUser) => Promise<unknown>][] = [
    ["listUsersFor", (u) => listUsersFor(u)],
    ["createUserFor", (u) => createUserFor(u, { name: "X", email: "x@x.test", role: "owner" })],
    ["changeRoleFor", (u) => changeRoleFor(u, { userId: u.id, role: "owner" })],
    ["setDisabledFor", (u) => setDisabledFor(u, { userId: id, disabled: true })],
    ["resetPasswordFor", (u) => resetPasswordFor(u, { userId: id })],
    ["listStagesFor", (u) => listStagesFor(u)],
    ["updateStageFor", (u) => updateStageFor(u, { key: "awareness", ...details })],
    ["addStageFor", (u) => addStageFor(u, { journey: "acquisition", ...details })],
    ["reorderStagesFor", (u) => reorderStagesFor(u, { journey: "acquisition", keys: ["awareness"] })],
    ["setStageArchivedFor", (u) => setStageArchivedFor(u, { key: "awareness", archived: true })],
    ["listApiKeysFor", (u) => listApiKeysFor(u)],
    ["createApiKeyFor", (u) => createApiKeyFor(u, { name: "k" })],
    ["revokeApiKeyFor", (u) => revokeApiKeyFor(u, { keyId: id })],
    ["getOrganizationFor", (u) => getOrganizationFor(u)],
    ["updateOrganizationFor", (u) => updateOrganizationFor(u, { name: "X", timeZone: "UTC", currency: "ILS", country: "IL", defaultLocale: "he", heCalendar: "gregory" })],
  ];
  for (const role of ["manager", "sales"] as const) {
    it.each(calls)(`%s refuses a ${role}`, async (_name, call) => {
      const user: CurrentUser = { id, orgId: id, role, email: "m@x.test", name: "M" };
      const error = await call(user).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("forbidden");
    });
  }
});
