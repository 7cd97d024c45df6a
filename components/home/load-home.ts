import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { countCustomersByStage } from "@/db/queries/home";

/**
 * Per-request memoised: the KPIs and the stage table stream in their own Suspense boundaries but
 * share one count. Arguments are primitives so React's cache can key on them.
 */
export const loadStageCounts = cache(async (orgId: string, ownerId: string | undefined) =>
  countCustomersByStage(await getDb(), { orgId, ownerId }),
);
