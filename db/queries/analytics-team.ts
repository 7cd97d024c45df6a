import "server-only";
import { sql } from "drizzle-orm";
import type { Role } from "../schema";
import type { Db } from "../client";
import { queryRows } from "../sql";

interface TeamQuery {
  orgId: string;
  /** First and last month (`YYYY-MM`, both included). */
  first: string;
  last: string;
}

/**
 * Sales users and every other user who owns customers, with the moves they made (per-month
 * aggregate). The ordered LIMIT 1 lets the planner answer "owns a customer" from the owner index;
 * an EXISTS is planned as a table scan for a user who owns nothing.
 */
export async function listTeamMoves(db: Db, { orgId, first, last }: TeamQuery) {
  return queryRows<{ userId: string; name: string; role: Role; moves: number }>(
    db,
    sql`select u.id as "userId", u.name, u.role, coalesce(m.moves, 0)::int as moves
        from users u
        left join lateral (
          select o.created_at from customers o where o.org_id = u.org_id and o.owner_id = u.id order by o.created_at limit 1
        ) owns on true
        left join lateral (
          select sum(t.moves) as moves from team_months t
          where t.org_id = u.org_id and t.user_id = u.id and t.month between ${`${first}-01`}::date and ${`${last}-01`}::date
        ) m on true
        where u.org_id = ${orgId} and (u.role = 'sales' or owns.created_at is not null)`,
  );
}

/** Conversions of each owner's customers in the months, counted by whole days to convert. */
export async function listConversionDays(db: Db, { orgId, first, last }: TeamQuery) {
  return queryRows<{ ownerId: string; days: number; conversions: number }>(
    db,
    sql`select owner_id as "ownerId", days, sum(conversions)::int as conversions
        from team_conversion_days
        where org_id = ${orgId} and month between ${`${first}-01`}::date and ${`${last}-01`}::date
        group by owner_id, days
        having sum(conversions) > 0`,
  );
}
