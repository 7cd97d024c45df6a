import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { describeOnEngines } from "../support/engines";

/**
 * db/sql/<area>.sql holds the current definition of every function and trigger; migrations are
 * their history. On a database the migrations built, applying db/sql must change nothing, and name
 * everything there is: a migration that changed a trigger without db/sql, or the reverse, fails here.
 */
const folder = path.resolve(import.meta.dirname, "../../db/sql");
const statements = readdirSync(folder)
  .filter((file) => file.endsWith(".sql"))
  .sort()
  .flatMap((file) => readFileSync(path.join(folder, file), "utf8").split("--> statement-breakpoint"))
  .map((text) => text.trim())
  .filter((text) => text !== "");

const defined = statements.map((text) => {
  const match = /^create or replace (function|trigger)\s+(\w+)/im.exec(text);
  return match ? `${match[1]?.toLowerCase()} ${match[2]}` : `unnamed: ${text.slice(0, 60)}`;
});

interface Definition {
  name: string;
  definition: string;
}

const definitions = (db: Parameters<typeof queryRows>[0]) =>
  queryRows<Definition>(
    db,
    sql`select 'function ' || p.proname as name, pg_get_functiondef(p.oid) as definition
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prokind = 'f'
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        union all
        select 'trigger ' || t.tgname, pg_get_triggerdef(t.oid)
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and not t.tgisinternal
        order by 1, 2`,
  );

describeOnEngines("db/sql holds the current functions and triggers", (conn) => {
  it("names every function and trigger of the migrated database, each once", async () => {
    const names = (await definitions(conn().db)).map((d) => d.name);
    expect(names.length).toBeGreaterThan(40);
    expect([...defined].sort()).toEqual(names);
  });

  it("holds their definitions as the migrations left them: applying it changes none", async () => {
    const { db } = conn();
    const before = await definitions(db);
    for (const statement of statements) await db.execute(sql.raw(statement));
    expect(await definitions(db)).toEqual(before);
  });
});
