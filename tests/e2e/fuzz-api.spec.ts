import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { signedInRequest } from "./api-client";
import { hostileValue, megabyte, textHazards } from "./fuzz/hostile";
import { demoUsers } from "./support";

const payload = (keys: string[]) =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...keys, "extra", "__proto__", "orgId"), hostileValue, { maxKeys: keys.length + 2 }),
    fc.anything(),
  );

const endpoints = [
  { path: (id: string) => `/api/v1/customers/${id}/moves`, keys: ["to", "version", "channel", "note", "reason", "at", "purchaseAmount"] },
  { path: (id: string) => `/api/v1/customers/${id}/touchpoints`, keys: ["channel", "kind", "at", "note"] },
  { path: (id: string) => `/api/v1/customers/${id}/purchases`, keys: ["amount", "currency", "at", "note"] },
  { path: (id: string) => `/api/v1/customers/${id}/feedback`, keys: ["score", "comment", "at"] },
  { path: () => "/api/v1/customers", keys: ["name", "externalId", "email", "phone", "channel", "stage", "at", "ownerId", "referredById", "birthday", "note", "reason", "purchaseAmount"] },
  { path: (id: string) => `/api/v1/customers/${id}/merge`, keys: ["from", "version"] },
];

test("API writes answer hostile payloads with a 4xx problem, never a 500, and write nothing when refusing", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const customer = await (await api.post("/api/v1/customers", { data: { name: "Fuzz Target" } })).json();
  const versionOf = async () => (await (await api.get(`/api/v1/customers/${customer.id}`)).json()).version as number;
  let cases = 0;
  for (const endpoint of endpoints) {
    await fc.assert(
      fc.asyncProperty(payload(endpoint.keys), async (body) => {
        cases++;
        const before = await versionOf();
        const response = await api.post(endpoint.path(customer.id), { data: JSON.stringify(body) ?? "null", headers: { "content-type": "application/json" } });
        expect(response.status()).toBeLessThan(500);
        if (response.status() >= 400) {
          expect(response.headers()["content-type"]).toContain("application/problem+json");
          expect(await versionOf()).toBe(before);
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
  }
  const duplicateKeys = await api.post(`/api/v1/customers/${customer.id}/moves`, {
    data: '{"to":"engagement","to":"lost","version":1}',
    headers: { "content-type": "application/json" },
  });
  expect(duplicateKeys.status()).toBe(422);
  expect(cases).toBe(endpoints.length * 40);
  console.log(`API fuzzing: ${cases} cases over ${endpoints.length} writes, and duplicate keys`);
  await api.dispose();
});

/** Every text field of every API write with a valid rest, so the hazard alone decides. */
const writes = [
  { path: (id: string) => `/api/v1/customers/${id}/moves`, body: (version: number) => ({ to: "engagement", version, channel: "phone", note: "called", reason: "asked", at: new Date().toISOString(), purchaseAmount: "12.50" }) },
  { path: (id: string) => `/api/v1/customers/${id}/touchpoints`, body: () => ({ channel: "phone", kind: "call", at: new Date().toISOString(), note: "called" }) },
  { path: (id: string) => `/api/v1/customers/${id}/purchases`, body: () => ({ amount: "12.50", currency: "ILS", at: new Date().toISOString(), note: "paid" }) },
  { path: (id: string) => `/api/v1/customers/${id}/feedback`, body: () => ({ score: "9", comment: "good", at: new Date().toISOString() }) },
  // The body is read before the role: a sales user's hazard is a 422 like anyone's, a valid merge would be a 403.
  { path: (id: string) => `/api/v1/customers/${id}/merge`, body: (version: number) => ({ from: "00000000-0000-4000-8000-000000000000", version }) },
];

test("every text field of every API write refuses control characters, lone surrogates and 1 MiB with a 4xx problem, writing nothing", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const me = (await (await api.get("/api/v1/me")).json()) as { id: string };
  const target = await (await api.post("/api/v1/customers", { data: { name: "Sweep Target" } })).json();
  const versionOf = async () => (await (await api.get(`/api/v1/customers/${target.id}`)).json()).version as number;
  /** A 413 for the 1 MiB body; otherwise a 422 naming the field that holds the hazard. */
  const refuses = async (path: string, body: Record<string, unknown>, field: string, label: string) => {
    const response = await api.post(path, { data: JSON.stringify(body), headers: { "content-type": "application/json" } });
    expect(response.headers()["content-type"], label).toContain("application/problem+json");
    if (body[field] === megabyte) return expect(response.status(), label).toBe(413);
    expect(response.status(), label).toBe(422);
    expect((await response.json()).errors?.[field], label).toBeDefined();
  };
  let cases = 0;
  for (const write of writes) {
    const version = await versionOf();
    const valid = write.body(version);
    for (const [field, value] of Object.entries(valid)) {
      for (const hazard of textHazards(value)) {
        cases++;
        await refuses(write.path(target.id), { ...valid, [field]: hazard.value }, field, `${write.path("{id}")} ${field}: ${hazard.label}`);
      }
    }
    expect(await versionOf()).toBe(version);
  }
  const createValid = (marker: string) => ({
    name: `Sweep ${marker}`,
    externalId: `sweep-${marker}`,
    email: `${marker}@fuzz.test`,
    phone: "+972 50 123 4567",
    channel: "website",
    stage: "engagement",
    at: new Date(Date.now() - 60_000).toISOString(),
    birthday: "1990-05-01",
    ownerId: me.id,
    referredById: target.id,
    note: "met at the fair",
    reason: "came in warm",
    purchaseAmount: "10.00",
  });
  for (const field of Object.keys(createValid("x"))) {
    for (const hazard of textHazards(createValid("x")[field as keyof ReturnType<typeof createValid>])) {
      cases++;
      const marker = `m${cases}${Date.now().toString(36)}`;
      await refuses("/api/v1/customers", { ...createValid(marker), [field]: hazard.value }, field, `create ${field}: ${hazard.label}`);
      expect((await (await api.get(`/api/v1/customers?q=${marker}`)).json()).items, `create ${field}: ${hazard.label}`).toEqual([]);
    }
  }
  // Year 0, which PostgreSQL does not have, in every date and instant.
  for (const [path, body, field] of [
    ["/api/v1/customers", { name: "Year zero", at: "0000-06-01T00:00:00Z" }, "at"],
    ["/api/v1/customers", { name: "Year zero", birthday: "0000-01-01" }, "birthday"],
    [`/api/v1/customers/${target.id}/touchpoints`, { channel: "phone", kind: "call", at: "0000-06-01T00:00:00Z" }, "at"],
  ] as const) {
    cases++;
    await refuses(path, body, field, `${path} ${field}: year 0`);
  }
  console.log(`API text sweep: ${cases} refused writes, none written`);
  await api.dispose();
});

/** The hazards a URL can carry: a lone surrogate has no UTF-8 form to percent-encode. */
const urlHazards = (valid: string) => textHazards(valid).filter((h) => !h.label.includes("surrogate"));

test("list, board and export parameters refuse the same text, and crafted cursors, with a 4xx; pages never answer 500", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const api = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const id = "0b7c5a52-5a0e-4c61-9d43-1d0b9a3f4e21";
  const cursors = [
    crafted({ value: "nope", id }),
    crafted({ value: "2024-03-01T10:00:00.000Z", id: "-".repeat(36) }),
    crafted({ value: "+275760-01-01T00:00:00.000Z", id }),
    crafted({ value: "2024-02-30T00:00:00.000000Z", id }),
  ];
  const gets: string[] = [];
  for (const hazard of urlHazards("search")) {
    const q = encodeURIComponent(hazard.value);
    gets.push(
      `/api/v1/customers?q=${q}`,
      `/api/v1/customers?sort=name&cursor=${q}`,
      `/api/v1/export/customers.csv?q=${q}`,
      `/api/v1/board?stage=awareness&cursor=${q}`,
      `/api/v1/board?q=${q}`,
      `/api/v1/board?stage=awareness&q=${q}`,
      `/api/v1/board/values?q=${q}`,
      `/api/v1/board?owner=${q}`,
    );
  }
  for (const cursor of cursors) gets.push(`/api/v1/customers?cursor=${cursor}`, `/api/v1/customers?sort=name&cursor=${crafted({ value: "a\u0000b", id })}`, `/api/v1/board?stage=awareness&cursor=${cursor}`);
  // Dates the database cannot hold, or that the defaults push out of its range.
  for (const query of ["from=0000-01-01&to=0000-02-01", "asOf=0000-01-01", "to=0001-01-02", "from=9999-12-31"]) gets.push(`/api/v1/analytics/funnel?${query}`);
  for (const query of ["from=0000-01&to=0000-06", "to=0001-03", "from=9999-12"]) gets.push(`/api/v1/analytics/retention?${query}`, `/api/v1/analytics/loyalty?${query}`);
  for (const path of gets) {
    const response = await api.get(path);
    expect(response.status(), path.slice(0, 120)).toBeGreaterThanOrEqual(400);
    expect(response.status(), path.slice(0, 120)).toBeLessThan(500);
  }
  for (const hazard of urlHazards("search").filter((h) => h.value !== megabyte)) {
    for (const page of [`/en/customers?q=`, `/en/customers?sort=name&cursor=`, `/en/funnel?from=`, `/en/retention?from=`, `/en/board?journey=`, `/en/board?q=`, `/en/board?owner=`]) {
      const response = await api.get(`${page}${encodeURIComponent(hazard.value)}`);
      expect(response.status(), `${page} ${hazard.label}`).toBeLessThan(500);
    }
  }
  console.log(`query sweep: ${gets.length} refused reads, pages answered`);
  await api.dispose();
});

test("uploads refuse control characters in the filename, mappings, time zone and header row; an import rejects just the row holding one and goes on", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const upload = (query: string, csv: string) => owner.post(`/api/v1/import/jobs?locale=en&${query}`, { data: csv, headers: { "content-type": "text/csv" } });
  const before = (await (await owner.get("/api/v1/import/jobs")).json()).items.length as number;
  for (const hazard of textHazards("name").filter((h) => h.value !== megabyte)) {
    // A lone surrogate has no UTF-8 form, so a URL or a file cannot carry one; JSON (the mapping) can.
    const encodable = !hazard.label.includes("surrogate");
    for (const [label, response] of [
      ["filename", encodable ? await upload(`filename=${encodeURIComponent(hazard.value)}`, "name,email\nA,a@fuzz.test\n") : null],
      ["mapping", await upload(`mapping=${encodeURIComponent(JSON.stringify({ name: hazard.value }))}`, "name,email\nA,a@fuzz.test\n")],
      ["time zone", encodable ? await upload(`timeZone=${encodeURIComponent(hazard.value)}`, "name,email\nA,a@fuzz.test\n") : null],
      ["value mapping", await upload(`values=${encodeURIComponent(JSON.stringify({ stage: { [hazard.value]: "" } }))}`, "name,stage\nA,Lead\n")],
      ["header", encodable ? await upload("", `${hazard.value},email\nA,a@fuzz.test\n`) : null],
    ] as const) {
      if (!response) continue;
      expect(response.status(), `${label} ${hazard.label}`).toBe(422);
      expect(await response.json(), `${label} ${hazard.label}`).toMatchObject({ status: 422 });
    }
  }
  expect((await (await owner.get("/api/v1/import/jobs")).json()).items).toHaveLength(before);

  const stamp = Date.now().toString(36);
  const rows = Array.from({ length: 900 }, (_, i) => `nul-${stamp}-${i + 1},${i === 450 ? "Bad\u0000Name" : `Row ${i + 1}`}`);
  const imported = await owner.post("/api/v1/import/customers?locale=en", { data: `externalId,name\n${rows.join("\n")}\n`, headers: { "content-type": "text/csv" } });
  expect(imported.status()).toBe(200);
  const job = await imported.json();
  expect(job).toMatchObject({ status: "done", created: 899, rejected: [{ row: 451, errors: { name: ["invalid_characters"] } }] });
  // The fix-and-retry screen's list shows the row as stored, the NUL as U+FFFD; its paging parameters refuse the same text.
  expect((await (await owner.get(`/api/v1/import/jobs/${job.id}/rejections`)).json()).items).toEqual([
    expect.objectContaining({ row: 451, sourceRow: 451, errors: { name: ["invalid_characters"] }, cells: expect.objectContaining({ name: "Bad\ufffdName" }) }),
  ]);
  for (const hazard of urlHazards("10").filter((h) => h.value !== megabyte)) {
    for (const parameter of ["after", "limit"]) {
      const response = await owner.get(`/api/v1/import/jobs/${job.id}/rejections?${parameter}=${encodeURIComponent(hazard.value)}`);
      expect(response.status(), `rejections ${parameter}: ${hazard.label}`).toBe(422);
    }
  }
  await owner.dispose();
});
