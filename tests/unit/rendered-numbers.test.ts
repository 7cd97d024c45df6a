import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Every number a reader sees goes through the locale's formatter (Persian digits, the locale's
 * separators and signs). React prints a number child with String(), so `{count}` or `{index + 1}`
 * shows Latin digits in fa; so does a digit typed into the markup, or a number's toString().
 */
const root = path.resolve(import.meta.dirname, "../..");
const tsxFiles = ["app", "components"].flatMap((folder) =>
  readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => path.join(entry.parentPath, entry.name)),
);

const fixture = `import type { ReactNode } from "react";
export function Fixture({ index, total, share, label, children }: { index: number; total: number | null; share: number; label: string; children: ReactNode }) {
  return (
    <div title={String(label)}>
      <p>Step 2</p>
      <span>{index + 1}</span>
      <span>{total}</span>
      <span>{total?.toString()}</span>
      <span>{String(total)}</span>
      <span>{share.toFixed(1)}</span>
      <span>{label}</span>
      {children}
    </div>
  );
}
`;

function program(files: string[]) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  return ts.createProgram(files, { ...config!.options, noEmit: true });
}

/** Numbers turned to text that no one reads as text: an `<input type="number">` takes ASCII digits; a React key is never shown. */
const notRead = new Set([
  "components/funnel/filters-funnel.tsx number to text: String(params.window)",
  "components/automation/form-automation.tsx number to text: String(nextKey.current++)",
]);

const stringifiers = new Set(["toString", "toFixed", "toPrecision", "toLocaleString"]);

/** "file:line what" for each number rendered without the formatter. */
export function renderedNumbers(files: string[]): string[] {
  const built = program(files);
  const checker = built.getTypeChecker();
  const isNumber = (node: ts.Node) => {
    const type = checker.getTypeAtLocation(node);
    const parts = type.isUnion() ? type.types : [type];
    const numeric = (part: ts.Type) => (part.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) !== 0;
    const absent = (part: ts.Type) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.BooleanLike)) !== 0;
    // `number | null` is a number; a ReactNode (string | number | element …) is not.
    return parts.some(numeric) && parts.every((part) => numeric(part) || absent(part));
  };
  const found: string[] = [];
  for (const file of files) {
    const source = built.getSourceFile(file)!;
    const report = (node: ts.Node, what: string) => {
      const name = path.relative(root, file);
      if (!notRead.has(`${name} ${what}`)) found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
    };
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /[0-9]/.test(node.text)) report(node, `digit in markup: ${node.text.trim()}`);
      if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && isNumber(node.expression))
        report(node, `number child: ${node.expression.getText(source)}`);
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isPropertyAccessExpression(callee) && stringifiers.has(callee.name.text) && isNumber(callee.expression))
          report(node, `number to text: ${node.getText(source)}`);
        if (ts.isIdentifier(callee) && callee.text === "String" && node.arguments[0] && isNumber(node.arguments[0]))
          report(node, `number to text: ${node.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("numbers in the markup go through the locale's formatter", () => {
  // A scratch file beside the real ones, checked in the same program with the project's settings.
  const scratch = path.join(root, "components", "__rendered-numbers-fixture.tsx");
  let found: string[] = [];
  beforeAll(() => {
    writeFileSync(scratch, fixture);
    try {
      found = renderedNumbers([...tsxFiles, scratch]);
    } finally {
      rmSync(scratch);
    }
  }, 600_000);
  const inFixture = (line: string) => line.startsWith(path.relative(root, scratch));

  it("catches each way a number reaches the markup unformatted", () => {
    expect(found.filter(inFixture).map((line) => line.replace(/^[^ ]+ /, ""))).toEqual([
      "digit in markup: Step 2",
      "number child: index + 1",
      "number child: total",
      "number to text: total?.toString()",
      "number to text: String(total)",
      "number to text: share.toFixed(1)",
    ]);
  });

  it("finds none in app/ and components/", () => {
    expect(found.filter((line) => !inFixture(line))).toEqual([]);
  });
});
