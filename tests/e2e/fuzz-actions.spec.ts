import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { actionIds, callAction, type ActionCall } from "./actions";
import { signedInRequest } from "./api-client";
import { outsider } from "./authz/principals";
import { actionCases, type ActionCase, type FuzzContext, type Probe } from "./fuzz/action-cases";
import { hostileText, hostileValue, megabyte, nearMiss, refusedControls, textHazards, textSpots } from "./fuzz/hostile";

type Valid = Record<string, unknown>;

// Both fuzzers write in the second organization and read its whole customer list to see a write:
// run side by side, each would see the other's.
test.describe.configure({ mode: "serial" });

/**
 * A valid call with one to three fields swapped: for near misses that validation may let through
 * to the domain rules, for hostile text, or for any hostile value, the last two also with fields
 * dropped and unknown ones added; or any value at all instead of the call.
 */
function mutations(valid: Valid): fc.Arbitrary<(current: Valid) => unknown> {
  const keys = Object.keys(valid);
  const replaced = (valueFor: (key: string) => fc.Arbitrary<unknown>) =>
    fc
      .subarray(keys, { minLength: 1, maxLength: Math.min(3, keys.length) })
      .chain((chosen) => fc.tuple(...chosen.map(valueFor)).map((values) => Object.fromEntries(chosen.map((key, i) => [key, values[i]]))));
  const mangled = (values: fc.Arbitrary<unknown>) =>
    fc
      .record({
        swapped: replaced(() => values),
        dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
        extra: fc.dictionary(fc.constantFrom("extra", "orgId", "__proto__", "$ACTION_KEY"), hostileValue, { maxKeys: 2 }),
      })
      .map(({ swapped, dropped, extra }) => (current: Valid) => {
        const call: Valid = { ...current, ...swapped, ...extra };
        for (const key of dropped) delete call[key];
        return call;
      });
  return fc.oneof(
    { weight: 3, arbitrary: replaced((key) => nearMiss(valid[key])).map((swapped) => (current: Valid) => ({ ...current, ...swapped })) },
    { weight: 2, arbitrary: mangled(hostileText) },
    { weight: 2, arbitrary: mangled(hostileValue) },
    { weight: 1, arbitrary: fc.anything().map((value) => () => value) },
  );
}

const catalogue = JSON.parse(readFileSync("messages/en.json", "utf8")) as {
  FormErrors: { codes: Record<string, string>; fields: Record<string, string> };
  SettingsData: { errors: Record<string, string> };
};

/** Codes of a refusal that have no message of their own in the namespace its form reads. */
function untranslated(namespace: ActionCase["messages"], result: NonNullable<ActionCall["result"]>): string[] {
  const codes = namespace === "FormErrors" ? catalogue.FormErrors.codes : catalogue.SettingsData.errors;
  const fields = namespace === "FormErrors" ? catalogue.FormErrors.fields : catalogue.SettingsData.errors;
  const code = result.code ?? "";
  const missing = code === "server_error" || (code !== "validation" && !(code in codes)) ? [code] : [];
  for (const [field, list] of Object.entries(result.fieldErrors ?? {})) missing.push(...list.filter((c) => !(c in fields)).map((c) => `${field}: ${c}`));
  return missing;
}

/**
 * A page's markup without its scripts (the streamed React payload may order its rows differently
 * from one render to the next) and without the per-request CSP nonce.
 */
async function pageText(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  return (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replaceAll(nonce, "");
}

/** Where two probe readings part, with a little context; empty when they are equal. */
function difference(before: string, after: string): string {
  if (before === after) return "";
  let at = 0;
  while (before[at] === after[at]) at++;
  return `at ${at}: …${before.slice(Math.max(0, at - 80), at + 80)}… became …${after.slice(Math.max(0, at - 80), at + 80)}…`;
}

const probes: Record<Probe, (request: APIRequestContext) => Promise<string>> = {
  customers: async (r) => (await r.get("/api/v1/customers?limit=100")).text(),
  stages: async (r) => (await r.get("/api/v1/stages")).text(),
  imports: async (r) => (await r.get("/api/v1/import/jobs")).text(),
  users: (r) => pageText(r, "/en/settings/users"),
  apiKeys: (r) => pageText(r, "/en/settings/api-keys"),
  organization: (r) => pageText(r, "/en/settings/organization"),
  automations: async (r) => (await r.get("/api/v1/automations")).text(),
  automationsPage: (r) => pageText(r, "/en/settings/automations"),
  journeyNotes: async (r) => {
    const notes = async (journey: string) => ((await (await r.get(`/api/v1/analytics/journey-map?journey=${journey}&locale=en`)).json()) as { stages: { notes: unknown }[] }).stages.map((s) => s.notes);
    return JSON.stringify([await notes("acquisition"), await notes("retention")]);
  },
};
/** Page probes render a whole page: fewer runs keep the test near a minute. */
const runsFor = (probe: Probe) => (["users", "apiKeys", "organization", "automationsPage"].includes(probe) ? 12 : 20);

async function setUp(request: APIRequestContext, origin: string, ids: Map<string, string>) {
  const stamp = Date.now();
  const created = async (action: string, page: string, arg: Valid) => {
    const { result } = await callAction(request, page, ids.get(action) ?? "", arg, origin);
    expect(result?.ok, `${action} set-up`).toBe(true);
    return (result?.data as { id: string }).id;
  };
  const customer = await (await request.post("/api/v1/customers", { data: { name: "Fuzz Action Target", email: `fuzz-${stamp}@other.test` } })).json();
  const upload = await request.post("/api/v1/import/jobs", { data: "name,email\nImported,imported@other.test\n", headers: { "content-type": "text/csv" } });
  return {
    customerId: customer.id as string,
    ownerId: (await (await request.get("/api/v1/me")).json()).id as string,
    userId: await created("createUserAction", "/en/settings/users", { name: "Fuzz Target User", email: `fuzz-user-${stamp}@other.test`, role: "sales" }),
    keyId: await created("createApiKeyAction", "/en/settings/api-keys", { name: "Fuzz target key" }),
    jobId: ((await upload.json()) as { job: { id: string } }).job.id,
  };
}

/** The fixtures' current state: the customer's version and the stages a valid move or edit can name. */
async function current(request: APIRequestContext, fixtures: Awaited<ReturnType<typeof setUp>>): Promise<FuzzContext> {
  const customer = await (await request.get(`/api/v1/customers/${fixtures.customerId}`)).json();
  const stages = ((await (await request.get("/api/v1/stages")).json()).items as { key: string; journey: string; archived: boolean }[]).filter(
    (s) => s.journey === "acquisition",
  );
  const otherStage = stages.find((s) => !s.archived && s.key !== customer.stage)?.key ?? customer.stage;
  return { ...fixtures, version: customer.version, otherStage, acquisition: stages.map((s) => s.key) };
}

test("every server action has a fuzz case", () => {
  const cased = new Set(actionCases.map((row) => row.action));
  expect([...actionIds().keys()].filter((name) => !cased.has(name))).toEqual([]);
});

test("server actions answer hostile input with a localised refusal, never a 500, and write nothing when refusing", async ({ playwright, baseURL }) => {
  test.setTimeout(240_000);
  const origin = baseURL ?? "";
  const request = await signedInRequest(playwright, baseURL, outsider.email, outsider.password);
  const ids = actionIds();
  const fixtures = await setUp(request, origin, ids);
  let cases = 0;
  for (const row of actionCases) {
    const id = ids.get(row.action) ?? "";
    // Refusals write nothing (that is checked), so the fixtures' state is read again only after a success.
    let state = await current(request, fixtures);
    let before = await probes[row.probe](request);
    await fc.assert(
      fc.asyncProperty(mutations(row.valid(state)), async (mutate) => {
        cases++;
        const arg = mutate(row.valid(state));
        const call = await callAction(request, row.page.replace("{id}", fixtures.customerId), id, arg, origin);
        const label = `${row.action}(${JSON.stringify(arg)?.slice(0, 300)})`;
        expect(call.status, label).toBe(200);
        expect(call.result, label).toBeDefined();
        const after = await probes[row.probe](request);
        if (call.result?.ok) {
          before = after;
          state = await current(request, fixtures);
          return;
        }
        expect(untranslated(row.messages, call.result ?? { ok: false }), label).toEqual([]);
        expect(difference(before, after), `${label} was refused but wrote`).toBe("");
      }),
      { numRuns: runsFor(row.probe), seed: 20261130 },
    );
  }
  console.log(`server-action fuzzing: ${cases} cases over ${actionCases.length} actions`);
  await request.dispose();
});

test("every text field of every server action, nested ones and keys too, refuses control characters and lone surrogates there, and 1 MiB with a 413, writing nothing", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const origin = baseURL ?? "";
  const request = await signedInRequest(playwright, baseURL, outsider.email, outsider.password);
  const ids = actionIds();
  const fixtures = await setUp(request, origin, ids);
  // NUL in every field; the other controls take turns from field to field, so the sweep covers each.
  let turn = 0;
  const others = refusedControls.slice(1);
  let cases = 0;
  for (const row of actionCases) {
    const state = await current(request, fixtures);
    const base = { ...row.valid(state), ...row.more?.(state) };
    const before = await probes[row.probe](request);
    for (const spot of textSpots(base)) {
      for (const hazard of textHazards(spot.text, ["\u0000", others[turn++ % others.length] ?? "\u0001"])) {
        cases++;
        const label = `${row.action} ${spot.path}${spot.isKey ? ` (its key ${spot.text})` : ""}: ${hazard.label}`;
        const call = await callAction(request, row.page.replace("{id}", fixtures.customerId), ids.get(row.action) ?? "", spot.put(hazard.value), origin);
        if (hazard.value === megabyte) {
          expect(call.status, label).toBe(413);
          continue;
        }
        expect(call.status, label).toBe(200);
        expect(call.result?.ok, label).toBe(false);
        expect(Object.keys(call.result?.fieldErrors ?? {}).filter((key) => key === spot.path || key.startsWith(`${spot.path}.`)), label).not.toEqual([]);
        expect(untranslated(row.messages, call.result ?? { ok: false }), label).toEqual([]);
      }
    }
    expect(difference(before, await probes[row.probe](request)), `${row.action}: a refused call wrote`).toBe("");
  }
  console.log(`server-action text sweep: ${cases} refused calls over ${actionCases.length} actions`);
  await request.dispose();
});

test("a server action body over 1 MB is a 413 problem before any action runs", async ({ playwright, baseURL }) => {
  const request = await signedInRequest(playwright, baseURL, outsider.email, outsider.password);
  const name = `Oversized ${Date.now()}`;
  const call = await callAction(request, "/en/customers", actionIds().get("createCustomerAction") ?? "", { name, note: "x".repeat(1024 * 1024) }, baseURL ?? "");
  expect(call.status).toBe(413);
  expect((await (await request.get(`/api/v1/customers?q=${encodeURIComponent(name)}`)).json()).items).toEqual([]);
  await request.dispose();
});
