import { pingDatabase } from "@/db";
import type { Db } from "@/db/client";
import { listCustomers } from "@/db/queries/customers";
import { countCustomersByStage, countMovesSince, countOpenTasks, startOfWeek, upcomingBirthdays } from "@/db/queries/home";
import { findOrganization } from "@/db/queries/organizations";
import { listOpenTasksOf, taskWindows } from "@/db/queries/tasks";
import { listStages } from "@/db/queries/stages";
import { findUser, listActiveUsers } from "@/db/queries/users";
import { funnelViewFor } from "@/lib/analytics/funnel/service";
import { parseFunnelParams } from "@/lib/analytics/funnel/params";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { getRetention } from "@/lib/analytics/retention/cohorts";
import { loyaltyQuerySchema, retentionQuerySchema } from "@/lib/analytics/retention/params";
import { customerScope } from "@/lib/auth/roles";
import { weekStart } from "@/lib/i18n/locale";
import type { CurrentUser } from "@/lib/auth/session";
import { loadBoardFor, loadBoardSettingsFor, loadBoardValuesFor } from "@/lib/board/service";
import { listQuerySchema } from "@/lib/customers/schemas";
import { journeyMapParamsSchema } from "@/lib/journey-map/params";
import { getJourneyMapFor } from "@/lib/journey-map/service";
import { listCustomersFor } from "@/lib/customers/service";
import { getOrganizationProfileFor } from "@/lib/settings/organization";
import type { SearchSamples } from "./users";

export interface BenchUsers {
  owner: CurrentUser;
  sales: CurrentUser;
}

/** One measured line: the URL the app serves, who asks, and the SQL that answer runs. */
export interface Endpoint {
  name: string;
  path: string;
  as: keyof BenchUsers;
  /**
   * Calls the functions the route or page calls, on the bench's recording connection, so their
   * SQL can be replayed alone. For pages: the queries the page waits for (rendering is not SQL).
   */
  sql: (db: Db, user: CurrentUser) => Promise<unknown>;
}

/** The session check every request makes before anything else (lib/auth/session.ts). */
const sessionCheck = (db: Db, user: CurrentUser) => findUser(db, { orgId: user.orgId, userId: user.id });

const query = (path: string) => Object.fromEntries(new URL(path, "http://bench").searchParams);

function endpoint(name: string, path: string, as: keyof BenchUsers, run: Endpoint["sql"]): Endpoint {
  return {
    name,
    path,
    as,
    sql: async (db, user) => {
      await sessionCheck(db, user);
      await run(db, user);
    },
  };
}

const funnelEndpoint = (name: string, path: string) =>
  endpoint(name, path, "owner", async (_db, user) => {
    const parsed = parseFunnelParams(new URLSearchParams(query(path)));
    if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.errors)}`);
    await funnelViewFor(user, parsed.params);
  });

const searchEndpoint = (name: string, term: string) => {
  const path = `/api/v1/customers?q=${encodeURIComponent(term)}`;
  return endpoint(name, path, "owner", (_db, user) => listCustomersFor(user, listQuerySchema.parse(query(path))));
};

export function endpoints(samples: SearchSamples): Endpoint[] {
  return [
    // Next's own floor: a route with no session and one `select 1` (the same cookie is sent, and ignored).
    { name: "health", path: "/api/health", as: "owner", sql: () => pingDatabase() },
    // The fixed cost of any API request (routing, proxy, session, JSON) over one small query: the floor under the others' app cost.
    endpoint("me", "/api/v1/me", "owner", (_db, user) => getOrganizationProfileFor(user)),
    funnelEndpoint("funnel", "/api/v1/analytics/funnel"),
    funnelEndpoint("funnel-strict-window", "/api/v1/analytics/funnel?order=strict&window=14"),
    endpoint("retention", "/api/v1/analytics/retention", "owner", (db, user) =>
      getRetention(db, { orgId: user.orgId }, retentionQuerySchema.parse({})),
    ),
    endpoint("loyalty", "/api/v1/analytics/loyalty", "owner", (db, user) => getLoyalty(db, { orgId: user.orgId }, loyaltyQuerySchema.parse({}))),
    endpoint("journey-map", "/api/v1/analytics/journey-map", "owner", (_db, user) => getJourneyMapFor(user, { ...journeyMapParamsSchema.parse({}), locale: "he" })),
    endpoint("journey-map-sales", "/api/v1/analytics/journey-map", "sales", (_db, user) => getJourneyMapFor(user, { ...journeyMapParamsSchema.parse({}), locale: "he" })),
    endpoint("journey-map-page", "/en/journey", "owner", (_db, user) => getJourneyMapFor(user, { ...journeyMapParamsSchema.parse({}), locale: "en" })),
    searchEndpoint("search", samples.surname),
    searchEndpoint("search-phone-digits", samples.phoneDigits),
    searchEndpoint("search-arabic-yeh", samples.arabicYehSurname),
    endpoint("customer-list-page", "/en/customers", "owner", (db, user) =>
      Promise.all([listStages(db, { orgId: user.orgId }), listActiveUsers(db, { orgId: user.orgId }), listCustomersFor(user, listQuerySchema.parse({}))]),
    ),
    endpoint("board-page", "/en/board", "sales", (_db, user) =>
      Promise.all([loadBoardFor(user, "acquisition"), loadBoardSettingsFor(user), loadBoardValuesFor(user, "acquisition")]),
    ),
    endpoint("home-page", "/en", "sales", homeQueries),
  ];
}

/**
 * The English home page's sections (KPIs, my tasks, retention care, stage counts) load side by side;
 * the KPIs and the stage table share one count per request (lib/home/service.ts).
 */
async function homeQueries(db: Db, user: CurrentUser) {
  const scope = { orgId: user.orgId, ...customerScope(user) };
  const timeZone = async () => (await findOrganization(db, { orgId: user.orgId }))?.timeZone ?? "UTC";
  const stageCounts = countCustomersByStage(db, scope);
  await Promise.all([
    (async () => {
      const since = await startOfWeek(db, { timeZone: await timeZone(), weekStart: weekStart("en") });
      await Promise.all([stageCounts, countMovesSince(db, { ...scope, since }), countOpenTasks(db, { orgId: user.orgId, assigneeId: user.id })]);
    })(),
    (async () => {
      const zone = await timeZone();
      await Promise.all([
        upcomingBirthdays(db, { ...scope, timeZone: zone, days: 7 }),
        listCustomers(db, { ...scope, journey: "retention", stale: true, lost: false, sort: "lastActivityAt", dir: "asc", limit: 10 }),
      ]);
    })(),
    Promise.all(taskWindows.map((due) => listOpenTasksOf(db, { orgId: user.orgId, assigneeId: user.id, due }))),
    Promise.all([listStages(db, { orgId: user.orgId }), stageCounts]),
  ]);
}
