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
const notYetMoved = new Set([
  "app/[locale]/(app)/board/page.tsx → db",
  "app/[locale]/(app)/board/page.tsx → db/queries/users",
  "app/[locale]/(app)/customers/[id]/page.tsx → db",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/customer-activity",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/organizations",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/stages",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/queries/users",
  "app/[locale]/(app)/customers/[id]/page.tsx → db/schema/constants",
  "app/[locale]/(app)/customers/page.tsx → db",
  "app/[locale]/(app)/customers/page.tsx → db/queries/stages",
  "app/[locale]/(app)/customers/page.tsx → db/queries/users",
  "app/[locale]/(app)/customers/page.tsx → db/schema/constants",
  "app/[locale]/(app)/settings/data/page.tsx → db",
  "app/[locale]/(app)/settings/data/page.tsx → db/queries/stages",
  "app/[locale]/(app)/settings/data/page.tsx → db/queries/users",
  "app/[locale]/(app)/settings/data/page.tsx → db/schema/constants",
  "app/[locale]/(app)/settings/stages/page.tsx → db/schema/constants",
  "app/api/health/route.ts → db",
  "app/api/v1/analytics/loyalty/route.ts → db",
  "app/api/v1/analytics/retention/route.ts → db",
  "app/api/v1/export/customers.csv/route.ts → db",
  "app/api/v1/me/route.ts → db",
  "app/api/v1/me/route.ts → db/queries/organizations",
  "app/api/v1/stages/route.ts → db",
  "app/api/v1/stages/route.ts → db/queries/stages",
  "components/board/board-api.ts → db/schema/constants",
  "components/board/board-context.tsx → db/schema/constants",
  "components/board/board-journey-switch.tsx → db/schema/constants",
  "components/board/board-loader.tsx → db/schema/constants",
  "components/board/board-move-dialog.tsx → db/schema/constants",
  "components/board/board-view.tsx → db/schema/constants",
  "components/board/form-board-filters.tsx → db/schema/constants",
  "components/board/use-board-move.ts → db/schema/constants",
  "components/board/use-board-queries.ts → db/schema/constants",
  "components/customer/bar-contact.tsx → db/schema/constants",
  "components/customer/section-extra.tsx → db/schema",
  "components/customer/section-timeline.tsx → db/schema/constants",
  "components/customer/sections-activity.tsx → db/schema",
  "components/customers/fields-customer-filters.tsx → db/schema",
  "components/customers/fields-customer-filters.tsx → db/schema/constants",
  "components/customers/form-customer-filters.tsx → db/schema",
  "components/customers/form-customer-filters.tsx → db/schema/constants",
  "components/customers/types.ts → db/schema/constants",
  "components/funnel/day-picker.tsx → db/schema/constants",
  "components/funnel/field-date-range.tsx → db/schema/constants",
  "components/funnel/field-date.tsx → db/schema/constants",
  "components/funnel/flow-graph.ts → db/schema/constants",
  "components/funnel/form-funnel-filters.tsx → db/schema/constants",
  "components/funnel/section-flow.tsx → db/schema/constants",
  "components/funnel/section-funnel.tsx → db/schema/constants",
  "components/funnel/section-snapshot.tsx → db/schema/constants",
  "components/funnel/section-time-in-stage.tsx → db/schema/constants",
  "components/home/card-retention-care.tsx → db",
  "components/home/card-retention-care.tsx → db/queries/customers",
  "components/home/card-retention-care.tsx → db/queries/home",
  "components/home/kpis-home.tsx → db",
  "components/home/kpis-home.tsx → db/queries/home",
  "components/home/kpis-home.tsx → db/schema/constants",
  "components/home/load-home.ts → db",
  "components/home/load-home.ts → db/queries/home",
  "components/home/table-stage-counts.tsx → db",
  "components/home/table-stage-counts.tsx → db/queries/stages",
  "components/home/table-stage-counts.tsx → db/schema/constants",
  "components/import/card-import-summary.tsx → db/schema/constants",
  "components/import/form-export.tsx → db/schema",
  "components/import/form-export.tsx → db/schema/constants",
  "components/import/form-import-mapping.tsx → db/schema/constants",
  "components/import/form-import-mapping.tsx → db/schema/imports",
  "components/import/form-import-upload.tsx → db/schema/constants",
  "components/import/form-import-values.tsx → db/schema/imports",
  "components/import/import-api.ts → db/schema/constants",
  "components/import/panel-import-progress.tsx → db/schema/constants",
  "components/import/section-rejected-rows.tsx → db/schema/imports",
  "components/import/table-imports.tsx → db/schema/constants",
  "components/import/types.ts → db/schema/constants",
  "components/import/types.ts → db/schema/imports",
  "components/import/wizard-import.tsx → db/schema/constants",
  "components/loyalty/section-loyalty-trends.tsx → db",
  "components/loyalty/section-loyalty-trends.tsx → db/queries/stages",
  "components/loyalty/section-loyalty-trends.tsx → db/schema/constants",
  "components/retention/load-analytics.ts → db",
  "components/settings/form-organization.tsx → db/schema/constants",
  "components/settings/form-stage.tsx → db/schema/constants",
  "components/settings/form-user-create.tsx → db/schema/constants",
  "components/settings/item-stage.tsx → db/schema/constants",
  "components/settings/list-stages-sortable.tsx → db/schema/constants",
  "components/settings/row-user-actions.tsx → db/schema/constants",
  "components/settings/stage-editor.tsx → db/schema/constants",
  "components/settings/table-users.tsx → db/schema/constants",
  "components/settings/types.ts → db/schema/constants",
  "components/shell/locale-switcher.tsx → db/schema/constants",
  "components/shell/menu-shell.tsx → db/schema/constants",
  "components/shell/nav-main.tsx → db/schema/constants",
  "db/mutations/activity.ts → lib/errors",
  "db/mutations/api-keys.ts → lib/api/rate-limit",
  "db/mutations/bulk-moves.ts → lib/errors",
  "db/mutations/customer-merge.ts → lib/errors",
  "db/mutations/customer-profile.ts → lib/errors",
  "db/mutations/customer-references.ts → lib/errors",
  "db/mutations/customers.ts → lib/errors",
  "db/mutations/customers.ts → lib/journey/transitions",
  "db/mutations/import-batch.ts → db/seed/write",
  "db/mutations/import-batch.ts → lib/errors",
  "db/mutations/import-batch.ts → lib/import/plan",
  "db/mutations/import-batch.ts → lib/import/row",
  "db/mutations/moves.ts → lib/errors",
  "db/mutations/moves.ts → lib/journey/transitions",
  "db/mutations/organizations.ts → db/seed/stage-template",
  "db/mutations/settings-api-keys.ts → lib/errors",
  "db/mutations/settings-organization.ts → lib/phone/phone-number",
  "db/mutations/settings-stages.ts → lib/errors",
  "db/mutations/settings-users.ts → lib/errors",
  "db/mutations/throttle.ts → lib/auth/throttle-policy",
  "db/queries/analytics-funnel-aggregate.ts → lib/analytics/funnel-math",
  "db/queries/analytics-funnel-aggregate.ts → lib/analytics/types",
  "db/queries/analytics-funnel-context.ts → lib/analytics/types",
  "db/queries/analytics-funnel-history.ts → lib/analytics/funnel-math",
  "db/queries/analytics-funnel-history.ts → lib/analytics/types",
  "db/queries/analytics-funnel-kpis.ts → lib/analytics/dates",
  "db/queries/analytics-funnel-kpis.ts → lib/analytics/kpis",
  "db/queries/analytics-funnel-kpis.ts → lib/analytics/types",
  "db/queries/analytics-funnel-snapshot.ts → lib/analytics/types",
  "db/queries/analytics-funnel-sql.ts → lib/analytics/types",
  "db/queries/analytics-funnel-times.ts → lib/analytics/funnel-math",
  "db/queries/analytics-funnel-times.ts → lib/analytics/types",
  "db/queries/analytics-funnel.ts → lib/analytics/funnel-math",
  "db/queries/analytics-funnel.ts → lib/analytics/types",
  "db/queries/board.ts → lib/journey/stale",
  "db/queries/board.ts → lib/search/terms",
  "db/queries/customer-search.ts → lib/search/terms",
  "db/queries/customers.ts → lib/customers/constants",
  "db/queries/customers.ts → lib/search/terms",
  "db/schema/organizations.ts → lib/phone/phone-number",
  "db/seed/demo-org.ts → lib/auth/password",
]);

const production = ["app", "components", "lib", "db", "proxy.ts", "instrumentation.ts"];

describe("import rules", () => {
  it("reads the source tree (a check over no files proves nothing)", () => {
    expect(filesUnder("app").length).toBeGreaterThan(30);
    expect(importsOf("db/mutations/moves.ts")).toContain("db/client");
  });

  it("lists as not yet moved only imports that are still there", () => {
    const all = ["app", "components", "lib", "db"].flatMap(filesUnder).flatMap((file) => importsOf(file).map((target) => `${file} → ${target}`));
    expect([...notYetMoved].filter((entry) => !all.includes(entry))).toEqual([]);
  });

  it("app/ and components/ do not import db/: they go through a lib/ service", () => {
    expect(violations(["app", "components"], under("db"))).toEqual([]);
  });

  it("db/ imports only core/, itself and packages", () => {
    expect(violations(["db"], (t) => ["lib", "app", "components", "scripts"].some((floor) => under(floor)(t)))).toEqual([]);
  });

  it("lib/ does not import app/ or components/", () => {
    expect(violations(["lib"], (t) => under("app")(t) || under("components")(t))).toEqual([]);
  });

  it("production code does not import the seed", () => {
    expect(violations(production.filter((p) => !p.endsWith(".ts")), isSeed, isSeed)).toEqual([]);
    expect(production.filter((p) => p.endsWith(".ts")).flatMap(importsOf).filter(isSeed)).toEqual([]);
  });
});
