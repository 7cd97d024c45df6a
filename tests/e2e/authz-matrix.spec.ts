import { expect, test } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { actionIds, callAction } from "./actions";
import { signedInRequest } from "./api-client";
import { actions, api, pages } from "./authz/matrix";
import { contexts, principals, type Principal } from "./authz/principals";
import { demoUsers } from "./support";

function routeFiles(dir: string, name: "page.tsx" | "route.ts"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full, name);
    return entry === name ? [full] : [];
  });
}

/** app/[locale]/(app)/customers/[id]/page.tsx → /[locale]/customers/[id] */
function routeOf(file: string): string {
  const parts = path.relative("app", path.dirname(file)).split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

const fill = (template: string, id: string) => template.replaceAll("{id}", id);
const fillArg = (arg: unknown, id: string): unknown => JSON.parse(fill(JSON.stringify(arg), id));

test("every page route, API route and server action has a row in the matrix", () => {
  const pageRoutes = new Set(pages.map((row) => row.route));
  const apiRoutes = new Set(api.map((row) => row.route));
  expect(routeFiles("app", "page.tsx").map(routeOf).filter((route) => !pageRoutes.has(route))).toEqual([]);
  expect(routeFiles("app", "route.ts").map(routeOf).filter((route) => !apiRoutes.has(route))).toEqual([]);
  const rows = new Set(actions.map((row) => row.action));
  expect([...actionIds().keys()].filter((name) => !rows.has(name))).toEqual([]);
});

test("the authorization matrix holds for every principal, also with x-middleware-subrequest", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL ?? "";
  const fixture = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const customerId = ((await (await fixture.post("/api/v1/customers", { data: { name: "Matrix Fixture" } })).json()) as { id: string }).id;
  await fixture.dispose();
  const ids = actionIds();
  const observed: string[] = [];
  const expected: string[] = [];
  let cells = 0;

  for (const headers of [undefined, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }]) {
    const as = await contexts(playwright, baseURL, headers);
    const tag = headers ? " [x-middleware-subrequest]" : "";
    for (const who of principals) {
      for (const row of pages) {
        const status = (await as[who].get(fill(row.path, customerId), { maxRedirects: 0 })).status();
        observed.push(`${who} GET ${row.path}${tag} → ${status}`);
        expected.push(`${who} GET ${row.path}${tag} → ${row.expect[who]}`);
      }
      for (const row of api) {
        const response = await as[who].fetch(fill(row.path, customerId), { method: row.method, data: row.body });
        observed.push(`${who} ${row.method} ${row.path}${tag} → ${response.status()}`);
        expected.push(`${who} ${row.method} ${row.path}${tag} → ${row.expect[who]}`);
      }
      if (headers) continue;
      for (const row of actions) {
        const id = ids.get(row.action);
        const { code } = id ? await callAction(as[who], fill(row.page, customerId), id, fillArg(row.arg, customerId), base) : { code: "missing" };
        observed.push(`${who} action ${row.action} → ${code}`);
        expected.push(`${who} action ${row.action} → ${row.expect[who]}`);
      }
    }
    cells = observed.length;
    for (const request of Object.values(as)) await request.dispose();
  }
  expect(observed).toEqual(expected);
  console.log(`authorization matrix: ${cells} cells checked`);
});

test("a cross-site POST to a server action is refused and changes nothing", async ({ playwright, baseURL }) => {
  const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const customer = (await (await sales.post("/api/v1/customers", { data: { name: "Cross Site Target" } })).json()) as { id: string; version: number };
  const id = actionIds().get("moveCustomerAction") ?? "";
  const result = await callAction(sales, "/en/customers", id, { customerId: customer.id, to: "engagement", version: 1 }, "https://evil.example");
  expect(result.code).not.toBe("ok");
  expect(result.status).toBeGreaterThanOrEqual(400);
  const after = (await (await sales.get(`/api/v1/customers/${customer.id}`)).json()) as { version: number; stage: string };
  expect(after).toMatchObject({ version: 1, stage: "awareness" });
  await sales.dispose();
});
