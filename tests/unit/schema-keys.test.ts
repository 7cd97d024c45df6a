import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => value instanceof PgTable);
/** Not tenant data: the tenant root itself, and sign-in and public-form counters consulted before any tenant is known. */
const globalTables = ["organizations", "sign_in_throttles", "public_rate_limits"];
const tenantTables = tables.map(getTableConfig).filter((config) => !globalTables.includes(config.name));

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
});
