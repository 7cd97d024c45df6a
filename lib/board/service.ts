import "server-only";
import { getDb } from "@/db";
import { boardColumnPage, boardColumns, boardFirstPages, boardValues, type BoardCardsPage, type BoardFilter } from "@/db/queries/board";
import { findOrganization } from "@/db/queries/organizations";
import { listStages } from "@/db/queries/stages";
import type { Journey } from "@/core/constants";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { invalid } from "@/core/errors";
import { decodeCursor, encodeCursor } from "@/lib/customers/cursor";
import { searchTermsFor } from "@/lib/customers/search";
import type { BoardCardPage, BoardFilters, BoardSnapshot } from "./types";

/**
 * The caller's scope on the board, narrowed by the filters: the organization's customers for owners
 * and managers, their own for sales users (whom another owner's filter leaves with nothing).
 */
async function scopeOf(user: CurrentUser, { q, owner }: BoardFilters) {
  const filter: BoardFilter = { owner, search: await searchTermsFor(user.orgId, q) };
  return { orgId: user.orgId, ...customerScope(user), filter };
}

/** The board as a user may see it (see scopeOf). The page and the HTTP API both read through these. */
export async function loadBoardFor(user: CurrentUser, journey: Journey, filters: BoardFilters = {}): Promise<BoardSnapshot> {
  const db = await getDb();
  const scope = await scopeOf(user, filters);
  const [columns, pages] = await Promise.all([boardColumns(db, { ...scope, journey }), boardFirstPages(db, { ...scope, journey })]);
  const page = (key: string) => present(pages.get(key) ?? { items: [], nextCursor: null });
  return { journey, columns, pages: Object.fromEntries(columns.map((c) => [c.key, page(c.key)])) };
}

/** What the board page needs besides the cards: the organization's currency and every live stage (for "Move to…"). */
export async function loadBoardSettingsFor(user: CurrentUser) {
  const db = await getDb();
  const [org, stages] = await Promise.all([findOrganization(db, { orgId: user.orgId }), listStages(db, { orgId: user.orgId })]);
  return { currency: org?.currency ?? "ILS", stages };
}

export async function loadBoardColumnsFor(user: CurrentUser, journey: Journey, filters: BoardFilters = {}) {
  return boardColumns(await getDb(), { ...(await scopeOf(user, filters)), journey });
}

export async function loadBoardValuesFor(user: CurrentUser, journey: Journey, filters: BoardFilters = {}) {
  return boardValues(await getDb(), { ...(await scopeOf(user, filters)), journey });
}

export async function loadBoardPageFor(user: CurrentUser, stageKey: string, cursor: string | undefined, filters: BoardFilters = {}): Promise<BoardCardPage> {
  const decoded = decodeCursor(cursor, "instant");
  if (decoded === "invalid") throw invalid({ cursor: ["invalid"] });
  const after = decoded ? { enteredAt: decoded.value, id: decoded.id } : undefined;
  const page = await boardColumnPage(await getDb(), { ...(await scopeOf(user, filters)), stageKey, after });
  return present(page);
}

function present(page: BoardCardsPage): BoardCardPage {
  const next = page.nextCursor;
  return { items: page.items, nextCursor: encodeCursor(next ? { value: next.enteredAt, id: next.id } : null) };
}
