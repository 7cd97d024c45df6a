import { is, SQL } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => value instanceof PgTable);
/** Not tenant data: the tenant root itself, and sign-in and public-form counters consulted before any tenant is known. */
const globalTables = ["organizations", "sign_in_throttles", "public_rate_limits"];
const tenantTables = tables.map(getTableConfig).filter((config) => !globalTables.includes(config.name));
/**
 * Unique across tenants because a caller is identified by them before any tenant is known (sign-in
 * email, API key hash, a public token's hash): on Citus they move to coordinator tables
 * (docs/scaling.md), since a distributed table's unique keys must include the distribution column.
 */
const crossTenantUniques = ["users_email_key", "api_keys_hash_key", "customer_tokens_hash_key"];

/** SPEC §7: every key includes org_id so the schema can be distributed by it (Citus). */
describe("schema is distributable by org_id", () => {
  it("exempts only the tenant root: every other table carries org_id", () => {
    expect(tables.length).toBeGreaterThan(10);
    const withoutOrgId = tables.map(getTableConfig).filter((config) => !config.columns.some((c) => c.name === "org_id"));
    expect(withoutOrgId.map((config) => config.name).sort()).toEqual([...globalTables].sort());
  });

  it.each(tenantTables.map((config) => [config.name, config] as const))("%s carries org_id in its primary key", (_, config) => {
    expect(config.columns.map((c) => c.name)).toContain("org_id");
    expect(config.primaryKeys).toHaveLength(1);
    expect(config.primaryKeys[0]?.columns.map((c) => c.name)[0]).toBe("org_id");
    expect(config.columns.filter((c) => c.primary)).toHaveLength(0);
  });

  it.each(tenantTables.map((config) => [config.name, config] as const))("%s has only foreign keys that include org_id", (_, config) => {
    expect(config.foreignKeys.length).toBeGreaterThan(0);
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const local = ref.columns.map((c) => c.name);
      const foreign = ref.foreignColumns.map((c) => c.name);
      expect(local[0]).toBe("org_id");
      const target = getTableConfig(ref.foreignTable).name;
      expect(foreign[0]).toBe(target === "organizations" ? "id" : "org_id");
    }
  });

  it.each(tenantTables.map((config) => [config.name, config] as const))("%s has unique indexes that lead with org_id", (_, config) => {
    const uniques = config.indexes.filter((index) => index.config.unique && !crossTenantUniques.includes(index.config.name ?? ""));
    for (const index of uniques) {
      const first = index.config.columns[0];
      expect(first && !is(first, SQL) && "name" in first ? first.name : null, index.config.name).toBe("org_id");
    }
    expect(config.uniqueConstraints.filter((unique) => unique.columns[0]?.name !== "org_id")).toEqual([]);
  });
});
