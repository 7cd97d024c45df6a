import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { addStage, reorderStages, setStageArchived, updateStage, type StageDetails } from "@/db/mutations/settings-stages";
import { listStagesForEditor } from "@/db/queries/settings-stages";
import { listStages } from "@/db/queries/stages";
import { stageEvents, stages } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const code = (error: unknown) => (error instanceof DomainError ? { code: error.code, fieldErrors: error.fieldErrors, details: error.details } : error);

const details = (en: string, extra: Partial<StageDetails> = {}): StageDetails => ({
  labelHe: `${en} he`,
  labelFa: `${en} fa`,
  labelEn: en,
  transitionRule: "any",
  requiredFields: [],
  idleDays: 10,
  ...extra,
});

describeOnEngines("settings: stage editor", (conn) => {
  const order = async (orgId: string) =>
    (await conn().db.select({ key: stages.key, position: stages.position }).from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position))).map(
      (s) => `${s.position}:${s.key}`,
    );

  describe("reorder", () => {
    it("rewrites positions densely: the journey in the given order, the other journey after it unchanged", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      await reorderStages(db, { orgId, journey: "acquisition", keys: ["consideration", "awareness", "conversion", "engagement"] });
      expect(await order(orgId)).toEqual(["1:consideration", "2:awareness", "3:conversion", "4:engagement", "5:retention", "6:loyalty"]);
      await reorderStages(db, { orgId, journey: "retention", keys: ["loyalty", "retention"] });
      expect(await order(orgId)).toEqual(["1:consideration", "2:awareness", "3:conversion", "4:engagement", "5:loyalty", "6:retention"]);
    });

    it("refuses a list that is not exactly the journey's stages, and changes nothing", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      const before = await order(orgId);
      for (const keys of [
        ["awareness", "engagement", "consideration"],
        ["awareness", "engagement", "consideration", "conversion", "retention"],
        ["awareness", "awareness", "consideration", "conversion"],
        ["awareness", "engagement", "consideration", "loyalty"],
      ]) {
        expect(await reorderStages(db, { orgId, journey: "acquisition", keys }).catch(code)).toMatchObject({ code: "stages_changed" });
      }
      expect(await order(orgId)).toEqual(before);
    });

    it("keeps positions unique and dense when reorders and adds run at the same time", async () => {
      const { db } = conn();
      for (let round = 0; round < 3; round++) {
        const { orgId } = await createTestOrg(db);
        // A reorder made against the list before a concurrent add is refused (stages_changed); nothing else may fail.
        const outcomes = await Promise.all([
          reorderStages(db, { orgId, journey: "acquisition", keys: ["conversion", "consideration", "engagement", "awareness"] }).catch(code),
          reorderStages(db, { orgId, journey: "retention", keys: ["loyalty", "retention"] }).catch(code),
          addStage(db, { orgId, key: "advocate", journey: "retention", details: details("Advocate") }).then(() => undefined),
          addStage(db, { orgId, key: "qualified", journey: "acquisition", details: details("Qualified") }).then(() => undefined),
          reorderStages(db, { orgId, journey: "acquisition", keys: ["engagement", "awareness", "conversion", "consideration"] }).catch(code),
        ]);
        for (const outcome of outcomes) if (outcome !== undefined) expect(outcome).toMatchObject({ code: "stages_changed" });
        const rows = (await order(orgId)).map((s) => s.split(":"));
        expect(rows.map(([position]) => Number(position))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(rows.slice(0, 5).map(([, key]) => key).sort()).toEqual(["awareness", "consideration", "conversion", "engagement", "qualified"]);
        expect(rows.slice(5).map(([, key]) => key).sort()).toEqual(["advocate", "loyalty", "retention"]);
        const retentionOrder = rows.slice(5).map(([, key]) => key).filter((key) => key !== "advocate");
        expect(retentionOrder).toEqual(outcomes[1] === undefined ? ["loyalty", "retention"] : ["retention", "loyalty"]);
      }
    });
  });

  describe("add", () => {
    it("adds a stage at the end of its journey, moving the later journey down, with its details", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      await addStage(db, { orgId, key: "qualified_lead", journey: "acquisition", details: details("Qualified lead", { transitionRule: "forward_only", requiredFields: ["phone"], idleDays: 3 }) });
      expect(await order(orgId)).toEqual(["1:awareness", "2:engagement", "3:consideration", "4:conversion", "5:qualified_lead", "6:retention", "7:loyalty"]);
      const [added] = await db.select().from(stages).where(eq(stages.key, "qualified_lead"));
      expect(added).toMatchObject({ orgId, journey: "acquisition", labelEn: "Qualified lead", labelHe: "Qualified lead he", transitionRule: "forward_only", requiredFields: ["phone"], idleDays: 3, archivedAt: null });
      await addStage(db, { orgId, key: "advocate", journey: "retention", details: details("Advocate") });
      expect((await order(orgId)).at(-1)).toBe("8:advocate");
    });

    it("refuses a key the organization already has (archived stages included), but another organization may use it", async () => {
      const { db } = conn();
      const a = await createTestOrg(db);
      const b = await createTestOrg(db);
      expect(await addStage(db, { orgId: a.orgId, key: "conversion", journey: "retention", details: details("Conversion") }).catch(code)).toMatchObject({
        code: "validation",
        fieldErrors: { labelEn: ["stage_key_taken"] },
      });
      await addStage(db, { orgId: a.orgId, key: "vip", journey: "retention", details: details("VIP") });
      await setStageArchived(db, { orgId: a.orgId, key: "vip", archived: true });
      expect(await addStage(db, { orgId: a.orgId, key: "vip", journey: "retention", details: details("VIP") }).catch(code)).toMatchObject({ fieldErrors: { labelEn: ["stage_key_taken"] } });
      await addStage(db, { orgId: b.orgId, key: "vip", journey: "retention", details: details("VIP") });
      expect(await order(a.orgId)).toHaveLength(7);
    });

    it("is refused by the database for a key outside the stages_key_format check", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      await expect(addStage(db, { orgId, key: "Bad Key", journey: "retention", details: details("Bad") })).rejects.toThrow();
      expect(await order(orgId)).toHaveLength(6);
    });
  });

  describe("archive", () => {
    it("refuses a stage with customers in it (with their number), allows it once they moved on, and keeps it for history", async () => {
      const { db } = conn();
      const { orgId, ownerId } = await createTestOrg(db);
      await createTestCustomer(db, { orgId, actorId: ownerId, stage: "engagement" });
      await createTestCustomer(db, { orgId, actorId: ownerId, stage: "engagement" });
      expect(await setStageArchived(db, { orgId, key: "engagement", archived: true }).catch(code)).toMatchObject({ code: "stage_in_use", details: { count: 2 } });

      const lost = await createTestCustomer(db, { orgId, actorId: ownerId, stage: "consideration" });
      await moveCustomer(db, { orgId, actorId: ownerId, customerId: lost.id, to: "lost", version: lost.version, reason: "price" });
      await setStageArchived(db, { orgId, key: "consideration", archived: true });
      expect((await listStages(db, { orgId })).map((s) => s.key)).toEqual(["awareness", "engagement", "conversion", "retention", "loyalty"]);
      const editor = await listStagesForEditor(db, { orgId });
      expect(editor.find((s) => s.key === "consideration")).toMatchObject({ position: 3, customerCount: 0 });
      expect(editor.find((s) => s.key === "consideration")?.archivedAt).toBeInstanceOf(Date);
      expect(editor.find((s) => s.key === "engagement")?.customerCount).toBe(2);

      const history = await db.select({ from: stageEvents.fromKey, to: stageEvents.toKey }).from(stageEvents).where(and(eq(stageEvents.orgId, orgId), eq(stageEvents.customerId, lost.id))).orderBy(asc(stageEvents.at));
      expect(history).toEqual([{ from: null, to: "consideration" }, { from: "consideration", to: "lost" }]);

      await setStageArchived(db, { orgId, key: "consideration", archived: false });
      expect((await listStages(db, { orgId })).map((s) => s.key)).toContain("consideration");
    });

    it("refuses to archive the last live stage of a journey", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      await setStageArchived(db, { orgId, key: "loyalty", archived: true });
      expect(await setStageArchived(db, { orgId, key: "retention", archived: true }).catch(code)).toMatchObject({ code: "last_live_stage" });
    });

    it("lets a move into an archived stage fail, while history keeps the stage", async () => {
      const { db } = conn();
      const { orgId, ownerId } = await createTestOrg(db);
      const customer = await createTestCustomer(db, { orgId, actorId: ownerId });
      await setStageArchived(db, { orgId, key: "loyalty", archived: true });
      expect(await moveCustomer(db, { orgId, actorId: ownerId, customerId: customer.id, to: "loyalty", version: customer.version }).catch(code)).toMatchObject({
        fieldErrors: { to: ["archived_stage"] },
      });
    });
  });

  describe("update", () => {
    it("renames in three languages and sets rule, required fields and idle days, for its own organization only", async () => {
      const { db } = conn();
      const a = await createTestOrg(db);
      const b = await createTestOrg(db);
      await updateStage(db, { orgId: a.orgId, key: "conversion", details: details("Deal won", { transitionRule: "forward_only", requiredFields: ["purchaseAmount", "note"], idleDays: 21 }) });
      const [mine] = (await listStages(db, { orgId: a.orgId })).filter((s) => s.key === "conversion");
      expect(mine).toMatchObject({ labelEn: "Deal won", labelHe: "Deal won he", labelFa: "Deal won fa", transitionRule: "forward_only", requiredFields: ["purchaseAmount", "note"], idleDays: 21, position: 4 });
      const [theirs] = (await listStages(db, { orgId: b.orgId })).filter((s) => s.key === "conversion");
      expect(theirs).toMatchObject({ labelEn: "Conversion", transitionRule: "any" });
    });

    it("answers stage_not_found for a key the organization does not have", async () => {
      const { db } = conn();
      const { orgId } = await createTestOrg(db);
      expect(await updateStage(db, { orgId, key: "nope", details: details("Nope") }).catch(code)).toMatchObject({ code: "stage_not_found" });
      expect(await setStageArchived(db, { orgId, key: "nope", archived: true }).catch(code)).toMatchObject({ code: "stage_not_found" });
    });
  });
});
