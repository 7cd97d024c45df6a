import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { signedInRequest } from "./api-client";
import { hostileValue } from "./fuzz/hostile";
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
  { path: () => "/api/v1/customers", keys: ["name", "externalId", "email", "phone", "channel", "stage", "at", "ownerId", "birthday"] },
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
