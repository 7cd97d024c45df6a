import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { daysBetween, isStale } from "@/core/journey/stale";
import type { SearchTerms } from "@/core/search/terms";
import type { Db } from "../client";
import type { Journey } from "../schema";
import { queryRows } from "../sql";
import { ownedBy, type CustomerScope } from "./customer-scope";
import { searchMatch } from "./customer-search";
import type { BoardCard } from "@/core/board/card";

export const BOARD_PAGE_SIZE = 50;

/** What the board shows within the caller's scope: one owner's customers, those a search finds. */
export interface BoardFilter {
  owner?: string;
  search?: SearchTerms;
}

/** The filter as conditions on `customers c` (nothing when unset). */
function filtered({ owner, search }: BoardFilter = {}): SQL {
  const match = search && searchMatch(search, { text: sql`c.search_text`, digits: sql`c.phone_digits` });
  return sql`${owner ? sql`and c.owner_id = ${owner}` : sql``} ${match ? sql`and (${match})` : sql``}`;
}

/** Keyset position in a column: the last card's stage entry (microsecond text, so no precision is lost) and id. */
export interface BoardCursor {
  enteredAt: string;
  id: string;
}

export interface BoardCardsPage {
  items: BoardCard[];
  nextCursor: BoardCursor | null;
}

const liveStages = (orgId: string, journey: Journey) =>
  sql`select s.key, s.position, s.label_he, s.label_fa, s.label_en, s.idle_days from stages s
      where s.org_id = ${orgId} and s.journey = ${journey} and s.archived_at is null`;

type ColumnsQuery = CustomerScope & { journey: Journey; filter?: BoardFilter };

/**
 * Per live stage of the journey (board order), the number of its customers in scope and the sum of
 * their purchases (lost ones are not on the board). Without a search, summed from
 * `customer_stage_counts` (one owner's rows for a sales user or a chosen owner; purchases from the
 * totals the purchases triggers keep on the customer rows); a search counts the rows its trigram
 * index finds.
 */
function perLiveStage({ orgId, ownerId, journey, filter }: ColumnsQuery) {
  const totals = filter?.search
    ? sql`select count(*) as customers, coalesce(sum(c.purchases_minor), 0)::bigint as value from customers c
          where c.org_id = ${orgId} and c.stage_key = live.key and not c.lost ${ownedBy(ownerId)} ${filtered(filter)}`
    : sql`select coalesce(sum(n.customers), 0) as customers, coalesce(sum(n.purchases_minor), 0)::bigint as value from customer_stage_counts n
          where n.org_id = ${orgId} and n.stage_key = live.key and not n.lost
            ${ownerId ? sql`and n.owner_id = ${ownerId}` : sql``} ${filter?.owner ? sql`and n.owner_id = ${filter.owner}` : sql``}`;
  return sql`select live.*, t.customers, t.value
    from (${liveStages(orgId, journey)}) live
    cross join lateral (${totals}) t
    order by live.position`;
}

interface ColumnRow {
  key: string;
  position: number;
  label_he: string;
  label_fa: string;
  label_en: string;
  idle_days: number;
  customers: number | string;
  value: number | string;
}

/** The journey's live stages with the number of customers in each (lost ones are not on the board). */
export async function boardColumns(db: Db, scope: ColumnsQuery) {
  const rows = await queryRows<ColumnRow>(db, perLiveStage(scope));
  return rows.map((r) => ({
    key: r.key,
    position: r.position,
    labelHe: r.label_he,
    labelFa: r.label_fa,
    labelEn: r.label_en,
    idleDays: r.idle_days,
    count: Number(r.customers),
  }));
}

/** Per live stage of the journey, the value of its customers: the sum of their purchases, lost customers left out. The board streams it in after the cards. */
export async function boardValues(db: Db, scope: ColumnsQuery) {
  const rows = await queryRows<ColumnRow>(db, perLiveStage(scope));
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}

interface CardsQuery extends CustomerScope {
  filter?: BoardFilter;
  limit?: number;
  /** What "days in stage" and the stale flag are measured against. */
  now?: Date;
}

/**
 * The first page of several columns in one round trip (a lateral join per stage key): the given
 * keys, or every live stage of a journey (then it needs no list of columns first).
 */
export async function boardFirstPages(db: Db, { stageKeys, journey, ...query }: CardsQuery & ({ stageKeys: string[]; journey?: never } | { journey: Journey; stageKeys?: never })) {
  const keys = stageKeys
    ? sql`(values ${sql.join(stageKeys.map((key) => sql`(${key})`), sql`, `)}) as k(key)`
    : sql`(select live.key from (${liveStages(query.orgId, journey)}) live) as k(key)`;
  if (stageKeys && !stageKeys.length) return new Map<string, BoardCardsPage>();
  const rows = await cardRows(db, query, keys, sql``);
  const found = stageKeys ?? [...new Set(rows.map((r) => r.stage_key))];
  return new Map(found.map((key) => [key, toPage(rows.filter((r) => r.stage_key === key), query)]));
}

/** One page of one column, after `after` (keyset on stage entry then id, newest first). */
export async function boardColumnPage(db: Db, { stageKey, after, ...query }: CardsQuery & { stageKey: string; after?: BoardCursor }) {
  const keyset = after ? sql`and (c.stage_entered_at, c.id) < (${after.enteredAt}::timestamptz, ${after.id}::uuid)` : sql``;
  const rows = await cardRows(db, query, sql`(values (${stageKey})) as k(key)`, keyset);
  return toPage(rows, query);
}

interface CardSqlRow {
  stage_key: string;
  id: string;
  name: string;
  owner_name: string | null;
  version: number;
  entered_at: string;
  last_activity_at: string;
  idle_days: number;
  value_minor: number | string;
}

/** An instant as ISO 8601 text in UTC with microseconds: the same on both engines, and exact for keysets. */
const isoText = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Newest entries first: a card just moved shows at the top of its new column. Each column is a
 * backward scan of `customers_org_stage_idx` stopped by the limit (for a sales user, once it has
 * passed enough of their own), so deep pages cost the same.
 */
function cardRows(db: Db, { orgId, ownerId, filter, limit = BOARD_PAGE_SIZE }: CardsQuery, keys: SQL, keyset: SQL) {
  return queryRows<CardSqlRow>(
    db,
    sql`select k.key as stage_key, card.*
        from ${keys}
        cross join lateral (
          select c.id, c.name, u.name as owner_name, c.version, s.idle_days,
            ${isoText(sql`c.stage_entered_at`)} as entered_at,
            ${isoText(sql`c.last_activity_at`)} as last_activity_at,
            c.purchases_minor as value_minor
          from customers c
          join stages s on s.org_id = c.org_id and s.key = c.stage_key
          left join users u on u.org_id = c.org_id and u.id = c.owner_id
          where c.org_id = ${orgId} and c.stage_key = k.key and not c.lost ${ownedBy(ownerId)} ${filtered(filter)} ${keyset}
          order by c.stage_entered_at desc, c.id desc
          limit ${limit + 1}
        ) card`,
  );
}

function toPage(rows: CardSqlRow[], { limit = BOARD_PAGE_SIZE, now = new Date() }: CardsQuery): BoardCardsPage {
  const items = rows.slice(0, limit).map((r): BoardCard => {
    const lastActivityAt = new Date(r.last_activity_at);
    const enteredAt = new Date(r.entered_at);
    return {
      id: r.id,
      name: r.name,
      ownerName: r.owner_name,
      version: r.version,
      stageKey: r.stage_key,
      stageEnteredAt: r.entered_at,
      lastActivityAt: lastActivityAt.toISOString(),
      daysInStage: daysBetween(enteredAt, now),
      stale: isStale(lastActivityAt, r.idle_days, now),
      valueMinor: Number(r.value_minor),
    };
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { enteredAt: last.stageEnteredAt, id: last.id } : null };
}
