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
    .sort();
}

const production = ["app", "components", "lib", "db", "core", "proxy.ts", "instrumentation.ts"];

describe("import rules", () => {
  it("reads the source tree (a check over no files proves nothing)", () => {
    expect(filesUnder("app").length).toBeGreaterThan(30);
    expect(importsOf("db/mutations/moves.ts")).toContain("db/client");
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

  it("components/ do not import app/: server actions live in lib/", () => {
    expect(violations(["components"], under("app"))).toEqual([]);
  });

  it("lib/ does not import app/ or components/", () => {
    expect(violations(["lib"], (t) => under("app")(t) || under("components")(t))).toEqual([]);
  });

  it("production code does not import the seed", () => {
    expect(violations(production.filter((p) => !p.endsWith(".ts")), isSeed, isSeed)).toEqual([]);
    expect(production.filter((p) => p.endsWith(".ts")).flatMap(importsOf).filter(isSeed)).toEqual([]);
  });
});
