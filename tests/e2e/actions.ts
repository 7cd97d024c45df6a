import { expect, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

/** Server action ids by exported name, from the build the server runs. */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

export type ActionResult = { ok: boolean; code?: string; fieldErrors?: Record<string, string[]>; data?: unknown };

export interface ActionCall {
  status: number;
  /** The action's result (see lib/actions.ts), when the response carries one. */
  result?: ActionResult;
  /** "ok", the result's code (for a bulk result, its first refused item's), or `no-result(<status>)`. */
  code: string;
}

/**
 * React's reply encoding of one argument, as a browser sends it: values JSON cannot hold and strings
 * that start with `$` get their `$` forms.
 */
export function encodeArgument(value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "$NaN";
    if (value === Infinity) return "$Infinity";
    if (value === -Infinity) return "$-Infinity";
    return Object.is(value, -0) ? "$-0" : value;
  }
  if (value === undefined) return "$undefined";
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeArgument);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeArgument(v)]));
  return value;
}

/** Calls a server action over raw HTTP, as the browser would, from `origin`. */
export async function callAction(request: APIRequestContext, page: string, id: string, arg: unknown, origin: string): Promise<ActionCall> {
  const response = await request.post(page, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin, accept: "text/x-component" },
    data: JSON.stringify([encodeArgument(arg)]),
    maxRedirects: 0,
  });
  const result = readActionResult(await response.text());
  return { status: response.status(), result, code: result ? codeOf(result) : `no-result(${response.status()})` };
}

function codeOf(result: ActionResult): string {
  if (!result.ok) return result.code ?? "?";
  const refused = Array.isArray(result.data) ? (result.data as ActionResult[]).find((item) => item?.ok === false) : undefined;
  return refused?.code ?? "ok";
}

/** The row of a React Flight response (`<id>:<json>`) that holds the action's result. */
export function readActionResult(body: string): ActionResult | undefined {
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{")) continue;
    try {
      const row = JSON.parse(json) as unknown;
      if (row && typeof row === "object" && "ok" in row && typeof row.ok === "boolean") return row as ActionResult;
    } catch {
      // Not a JSON row (a text or module row): skip it.
    }
  }
  return undefined;
}

/** A user of the demo organization made for one test, so ending its sessions disturbs no other test. */
export async function newUser(owner: APIRequestContext, origin: string, role: "sales" | "manager") {
  const email = `session-${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@demo.test`;
  const { result } = await callAction(owner, "/en/settings/users", actionIds().get("createUserAction") ?? "", { name: "Session Test", email, role }, origin);
  expect(result?.ok).toBe(true);
  const { id, password } = result?.data as { id: string; password: string };
  return { id, email, password };
}
