import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fail } from "./cli";

/**
 * `npm run db:sql -- <migration-name> <area>…`: a custom migration (drizzle-kit generate --custom)
 * that applies the current definitions in db/sql/<area>.sql. Every statement there is `create or
 * replace`, so applying a whole area changes only what was edited; a function or trigger to remove
 * still needs its `drop` written by hand in the migration.
 */
const [name, ...areas] = process.argv.slice(2);
if (!name || areas.length === 0) fail("usage: npm run db:sql -- <migration-name> <area> [<area>…]  (areas: the files of db/sql/)");

const root = process.cwd();
const files = areas.map((area) => path.join(root, "db", "sql", `${area}.sql`));
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) fail(`no such file: ${missing.map((file) => path.relative(root, file)).join(", ")}`);

execFileSync("npx", ["drizzle-kit", "generate", "--custom", "--name", name], { stdio: "inherit" });
const journal = JSON.parse(readFileSync(path.join(root, "db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
const tag = journal.entries.at(-1)?.tag;
if (!tag?.endsWith(name)) fail(`drizzle-kit did not write a migration named ${name}`);

const breakpoint = "\n--> statement-breakpoint\n";
const body = files.map((file) => readFileSync(file, "utf8").trim()).join(breakpoint);
const migration = path.join(root, "db", "migrations", `${tag}.sql`);
writeFileSync(migration, `-- The current definitions of db/sql/${areas.join(".sql, db/sql/")}.sql (npm run db:sql).\n${body}\n`);
console.log(`wrote ${path.relative(root, migration)}`);
