import { setTimeout as delay } from "node:timers/promises";
import { sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { queryRows } from "@/db/sql";
import { FOLD_CRON, FOLD_JOB } from "@/lib/analytics/loyalty/fold-schedule";
import { startAutomationEngine } from "@/lib/automation/engine";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

describeOnEngines("the analytics fold as a pg-boss job", (conn) => {
  it("the engine schedules the fold every ten minutes on a singleton queue, and the job folds every count exactly", { timeout: 60_000 }, async () => {
    const { db } = conn();
    const org = await createTestOrg(db);
    for (let i = 0; i < 3; i++) {
      const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
      await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "engagement", version: 1 });
    }
    const counts = async () => {
      const [row] = await queryRows<{ unfolded: number; loyalty: string; team: string }>(
        db,
        sql`select
              ((select count(*) from loyalty_stage_months where org_id = ${org.orgId} and not folded)
                + (select count(*) from team_months where org_id = ${org.orgId} and not folded))::int as unfolded,
              (select jsonb_agg(x order by x.month, x.stage_key)::text from (
                select month, stage_key, sum(entered) as entered, sum(exited) as exited, sum(lost_from) as lost_from
                from loyalty_stage_months where org_id = ${org.orgId} group by month, stage_key) x) as loyalty,
              (select jsonb_agg(x order by x.user_id, x.month)::text from (
                select user_id, month, sum(moves) as moves from team_months where org_id = ${org.orgId} group by user_id, month) x) as team`,
      );
      return row!;
    };
    const before = await counts();
    expect(before.unfolded).toBeGreaterThan(0);

    const engine = await startAutomationEngine(conn());
    try {
      const schedules = await queryRows<{ name: string; cron: string }>(db, sql`select name, cron from pgboss.schedule where name = ${FOLD_JOB}`);
      expect(schedules).toEqual([{ name: FOLD_JOB, cron: "*/10 * * * *" }]);
      expect(FOLD_CRON).toBe("*/10 * * * *");
      const [queue] = await queryRows<{ policy: string }>(db, sql`select policy from pgboss.queue where name = ${FOLD_JOB}`);
      expect(queue?.policy).toBe("singleton");

      // What the cron sends at the next ten-minute slot, sent now.
      const sender = new PgBoss({ db: { executeSql: conn().executeSql }, schema: "pgboss", migrate: false, supervise: false, schedule: false });
      await sender.start();
      await sender.send(FOLD_JOB, {});
      await sender.stop({ graceful: false, wait: true });
      const deadline = Date.now() + 45_000;
      while ((await counts()).unfolded > 0 && Date.now() < deadline) await delay(250);
    } finally {
      await engine.stop();
    }
    const after = await counts();
    expect(after.unfolded).toBe(0);
    expect({ loyalty: after.loyalty, team: after.team }).toEqual({ loyalty: before.loyalty, team: before.team });
  });
});
