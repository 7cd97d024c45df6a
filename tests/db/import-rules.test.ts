import { and, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { addStage, setStageArchived } from "@/db/mutations/settings-stages";
import { listRejections } from "@/db/queries/imports";
import { customers, stages } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { labelKey } from "@/core/import/fields";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { runImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

describeOnEngines("customer import: new customers under their stage's rules", (conn) => {
  const db = () => conn().db;

  it("rejects a new customer its starting stage's rules refuse, as a create through the API would", async () => {
    const org = await createTestOrg(db());
    await db().update(stages).set({ requiredFields: ["email"] }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "conversion")));
    await db().update(stages).set({ transitionRule: "forward_only" }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "awareness")));
    const file = utf8(["externalId,name,email,stage", "r-1,No email,,conversion", "r-2,Buyer,buyer@example.com,conversion", "r-3,Next,,engagement", "r-4,Default,,"].join("\n"));
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect(job).toMatchObject({ createdCount: 2, rejectedCount: 2 });
    expect((await listRejections(db(), { orgId: org.orgId, importId: job.id })).map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 1, errors: { stage: ["reason_required_skip", "required_by_stage"] } },
      { row: 2, errors: { stage: ["reason_required_skip"] } },
    ]);
    const rows = await db().select({ externalId: customers.externalId, stageKey: customers.stageKey }).from(customers).where(eq(customers.orgId, org.orgId));
    expect(rows.sort((a, b) => String(a.externalId).localeCompare(String(b.externalId)))).toEqual([
      { externalId: "r-3", stageKey: "engagement" },
      { externalId: "r-4", stageKey: "awareness" },
    ]);
  });

  it("checks a stage reached through the value mapping of another CRM's export the same way", async () => {
    const org = await createTestOrg(db());
    await db().update(stages).set({ requiredFields: ["email"] }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "conversion")));
    const file = utf8(["Record ID,First Name,Last Name,Email,Lifecycle Stage", "h-1,Dana,Levi,,Customer", "h-2,Omid,Rad,omid@example.com,Customer", "h-3,Noa,Bar,,Lead"].join("\n"));
    const values = { stage: { [labelKey("Customer")]: "conversion", [labelKey("Lead")]: "" } };
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en", options: { values } });
    expect(job).toMatchObject({ createdCount: 2, rejectedCount: 1 });
    expect((await listRejections(db(), { orgId: org.orgId, importId: job.id })).map(({ row, errors }) => ({ row, errors }))).toEqual([{ row: 1, errors: { stage: ["required_by_stage"] } }]);
    const rows = await db().select({ externalId: customers.externalId, name: customers.name, stageKey: customers.stageKey }).from(customers).where(eq(customers.orgId, org.orgId));
    expect(rows.sort((a, b) => String(a.externalId).localeCompare(String(b.externalId)))).toEqual([
      { externalId: "h-2", name: "Omid Rad", stageKey: "conversion" },
      { externalId: "h-3", name: "Noa Bar", stageKey: "awareness" },
    ]);
  });
});

describeOnEngines("customer import: a stage archived meanwhile", (conn) => {
  it("never leaves an imported customer in an archived stage", async (context) => {
    if (conn().engine !== "postgres") context.skip();
    const { db } = conn();
    const org = await createTestOrg(db);
    await addStage(db, { orgId: org.orgId, key: "wave", journey: "acquisition", details: { labelHe: "w", labelFa: "w", labelEn: "Wave", transitionRule: "any", requiredFields: [], idleDays: 5 } });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // An uncommitted customer with the file's first external id holds the batch inside its insert,
    // after it read the stages and before its foreign-key check: the window an archive used to slip into.
    let rollBack = () => {};
    const holding = db
      .transaction(async (tx) => {
        await tx.insert(customers).values({ orgId: org.orgId, externalId: "w-0", name: "Holder", stageKey: "awareness", stageEnteredAt: new Date(), lastActivityAt: new Date() });
        await new Promise<void>((resolve) => (rollBack = resolve));
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await pause(100);
    const rows = Array.from({ length: 20 }, (_, n) => `w-${n},Customer ${n},wave`);
    const importing = runImport(db, { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8(`externalId,name,stage\n${rows.join("\n")}\n`), locale: "en" });
    await pause(300);
    const archiving = setStageArchived(db, { orgId: org.orgId, key: "wave", archived: true }).then(
      () => "archived",
      (error: unknown) => (error instanceof DomainError ? error.code : Promise.reject(error)),
    );
    await pause(300);
    rollBack();
    await holding;
    const [{ job }, archived] = await Promise.all([importing, archiving]);
    const [stage] = await db.select().from(stages).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "wave")));
    const inStage = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.stageKey, "wave")));
    expect({ archived, archivedAt: Boolean(stage?.archivedAt), inStage: inStage.length, created: job.createdCount }).toEqual({ archived: "stage_in_use", archivedAt: false, inStage: 20, created: 20 });
  });
});
