import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { listOpenTasksOf } from "@/db/queries/tasks";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

describeOnEngines("open tasks by due window", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    org = await createTestOrg(conn().db);
    const { db } = conn();
    const customer = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Noa" });
    // Days from the organization's today: three tasks due today, more than a short page holds.
    for (const [title, days] of [["late", -1], ["today 1", 0], ["today 2", 0], ["today 3", 0], ["in 3 days", 3], ["in 6 days", 6], ["in 7 days", 7]] as const) {
      await db.execute(sql`insert into tasks (org_id, customer_id, assignee_id, title, due_on)
        values (${org.orgId}, ${customer.id}, ${org.salesId}, ${title},
          (now() at time zone (select time_zone from organizations where id = ${org.orgId}))::date + ${days}::int)`);
    }
  });

  const titles = async (due: Parameters<typeof listOpenTasksOf>[1]["due"], limit?: number) =>
    (await listOpenTasksOf(conn().db, { orgId: org.orgId, assigneeId: org.salesId, due, limit })).map((task) => task.title);

  it("splits overdue, today and the week, the week from today on", async () => {
    expect(await titles("overdue")).toEqual(["late"]);
    expect((await titles("today")).sort()).toEqual(["today 1", "today 2", "today 3"]);
    expect(await titles("week")).toHaveLength(5);
  });

  it("later this week leaves today out, so a short page of it is not filled by today's tasks", async () => {
    expect(await titles("week", 2)).toEqual(expect.arrayContaining([expect.stringMatching(/^today/)]));
    expect(await titles("laterThisWeek", 2)).toEqual(["in 3 days", "in 6 days"]);
  });
});
