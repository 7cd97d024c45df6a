import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The floors (docs/architecture.md): app → components → lib → db → core. A floor imports only the
 * floors below it, type imports included, so a page cannot reach the database past a service's role
 * check and the database code cannot lean on rules that live above it.
 */
const root = path.resolve(import.meta.dirname, "../..");
const sourceFile = /\.(ts|tsx|mts|mjs)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Every module a file names (import, export … from, import()), as a path from the root when it is ours. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
  return importedFiles.map(({ fileName }) => {
    if (fileName.startsWith("@/")) return fileName.slice(2);
    if (fileName.startsWith(".")) return path.relative(root, path.resolve(root, path.dirname(file), fileName));
    return fileName;
  });
}

const under = (folder: string) => (target: string) => target === folder || target.startsWith(`${folder}/`);
const isSeed = under("db/seed");

/** "file → import" for every import of a file in `folders` that `forbidden` matches. */
function violations(folders: string[], forbidden: (target: string) => boolean, skip: (file: string) => boolean = () => false): string[] {
  return folders
    .flatMap(filesUnder)
    .filter((file) => !skip(file))
    .flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${file} → ${target}`))
    .filter((found) => !notYetMoved.has(found))
    .sort();
}

/** Violations the move to floors (issue 15) has not removed yet; it shrinks to nothing. */
const notYetMoved = new Set<string>([
  "app/[locale]/(app)/board/page.tsx → db",
  "app/[locale]/(app)/board/page.tsx → db/queries/users",
  "app/[locale]/(app)/customers/[id]/page.tsx → db",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/customer-activity",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/organizations",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/stages",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/users",
  "app/[locale]/(app)/customers/page.tsx → db",
  "app/[locale]/(app)/customers/page.tsx → db/queries/stages",
  "app/[locale]/(app)/customers/page.tsx → db/queries/users",
  "app/[locale]/(app)/settings/data/page.tsx → db",
  "app/[locale]/(app)/settings/data/page.tsx → db/queries/stages",
  "app/[locale]/(app)/settings/data/page.tsx → db/queries/users",
  "app/api/health/route.ts → db",
  "app/api/v1/analytics/loyalty/route.ts → db",
  "app/api/v1/analytics/retention/route.ts → db",
  "app/api/v1/export/customers.csv/route.ts → db",
  "app/api/v1/me/route.ts → db",
  "app/api/v1/me/route.ts → db/queries/organizations",
  "app/api/v1/stages/route.ts → db",
  "app/api/v1/stages/route.ts → db/queries/stages",
  "components/customer/sections-activity.tsx → db/schema",
  "components/customers/fields-customer-filters.tsx → db/schema",
  "components/customers/form-customer-filters.tsx → db/schema",
  "components/home/card-retention-care.tsx → db",
  "components/home/card-retention-care.tsx → db/queries/customers",
  "components/home/card-retention-care.tsx → db/queries/home",
  "components/home/kpis-home.tsx → db",
  "components/home/kpis-home.tsx → db/queries/home",
  "components/home/load-home.ts → db",
  "components/home/load-home.ts → db/queries/home",
  "components/home/table-stage-counts.tsx → db",
  "components/home/table-stage-counts.tsx → db/queries/stages",
  "components/import/form-export.tsx → db/schema",
  "components/loyalty/section-loyalty-trends.tsx → db",
  "components/loyalty/section-loyalty-trends.tsx → db/queries/stages",
  "components/retention/load-analytics.ts → db",
]);

const production = ["app", "components", "lib", "db", "core", "proxy.ts", "instrumentation.ts"];

describe("import rules", () => {
  it("reads the source tree (a check over no files proves nothing)", () => {
    expect(filesUnder("app").length).toBeGreaterThan(30);
    expect(importsOf("db/mutations/moves.ts")).toContain("db/client");
  });

  it("lists as not yet moved only imports that are still there", () => {
    const all = ["app", "components", "lib", "db", "core"].flatMap(filesUnder).flatMap((file) => importsOf(file).map((target) => `${file} → ${target}`));
    expect([...notYetMoved].filter((entry) => !all.includes(entry))).toEqual([]);
  });

  it("app/ and components/ do not import db/: they go through a lib/ service", () => {
    expect(violations(["app", "components"], under("db"))).toEqual([]);
  });

  it("db/ imports only core/, itself and packages", () => {
    expect(violations(["db"], (t) => ["lib", "app", "components", "scripts"].some((floor) => under(floor)(t)))).toEqual([]);
  });

  it("core/ imports only itself and packages", () => {
    expect(violations(["core"], (t) => ["lib", "db", "app", "components", "scripts"].some((floor) => under(floor)(t)))).toEqual([]);
  });

  it("lib/ does not import app/ or components/", () => {
    expect(violations(["lib"], (t) => under("app")(t) || under("components")(t))).toEqual([]);
  });

  it("production code does not import the seed", () => {
    expect(violations(production.filter((p) => !p.endsWith(".ts")), isSeed, isSeed)).toEqual([]);
    expect(production.filter((p) => p.endsWith(".ts")).flatMap(importsOf).filter(isSeed)).toEqual([]);
  });
});
