import { describe, expect, it } from "vitest";
import { distinctKeyPrefix, planRound, type ExistingCustomer, type PlannedRow } from "@/core/import/plan";

const rule = { transitionRule: "any" as const, requiredFields: [] };
const stages = [
  { key: "awareness", journey: "acquisition", position: 1, archivedAt: null, ...rule },
  { key: "old", journey: "acquisition", position: 2, archivedAt: new Date("2024-01-01"), ...rule },
  { key: "retention", journey: "retention", position: 3, archivedAt: null, ...rule },
];

const customer = (overrides: Partial<ExistingCustomer>): ExistingCustomer => ({
  id: "c-1",
  externalId: null,
  name: "Name",
  email: null,
  phone: null,
  phoneE164: null,
  channel: "other",
  extra: null,
  stageKey: "awareness",
  lost: false,
  ownerId: null,
  version: 3,
  ...overrides,
});

const row = (n: number, values: Partial<PlannedRow>): PlannedRow => ({ row: n, name: `Row ${n}`, cells: {}, ...values });

describe("import plan", () => {
  it("matches on external id first, then on the oldest customer with the email", () => {
    const byId = customer({ id: "by-id", externalId: "x1", name: "Same", email: "other@example.com" });
    const older = customer({ id: "older", email: "Shared@Example.com", name: "Shared" });
    const newer = customer({ id: "newer", email: "shared@example.com", name: "Shared" });
    const { decisions } = planRound(
      [row(1, { externalId: "x1", name: "Same", email: "shared@example.com" }), row(2, { email: "shared@example.com", name: "Shared" })],
      [byId, older, newer],
      stages,
    );
    expect(decisions.map((d) => d.decision.kind)).toEqual(["update", "unchanged"]);
    expect(decisions[0]?.decision).toMatchObject({ update: { id: "by-id", email: "shared@example.com", version: 3 } });
  });

  it("fills a missing external id, keeps values of blank cells, and refuses another record's email", () => {
    const maya = customer({ id: "maya", email: "maya@example.com", phone: "050", channel: "sms", ownerId: "u1" });
    const noa = customer({ id: "noa", externalId: "crm-9", email: "noa@example.com" });
    const { decisions } = planRound([row(1, { externalId: "crm-2", email: "maya@example.com", name: "Maya" }), row(2, { externalId: "crm-3", email: "noa@example.com" })], [maya, noa], stages);
    expect(decisions[0]?.decision).toEqual({
      kind: "update",
      update: { id: "maya", version: 3, external_id: "crm-2", name: "Maya", email: "maya@example.com", phone: "050", phone_e164: null, channel: "sms", owner_id: "u1", extra: null, do_not_contact: false },
    });
    expect(decisions[1]?.decision).toEqual({ kind: "reject", errors: { email: ["email_other_external_id"] } });
  });

  it("creates in the first live acquisition stage or the row's, never lost or archived", () => {
    const { decisions } = planRound(
      [row(1, { externalId: "a" }), row(2, { externalId: "b", stage: "retention" }), row(3, { externalId: "c", stage: "lost" }), row(4, { externalId: "d", stage: "old" })],
      [],
      stages,
    );
    expect(decisions.map((d) => d.decision)).toEqual([
      { kind: "create", stageKey: "awareness" },
      { kind: "create", stageKey: "retention" },
      { kind: "reject", errors: { stage: ["lost_on_create"] } },
      { kind: "reject", errors: { stage: ["archived_stage"] } },
    ]);
  });

  it("turns a different stage into a move, the profile change riding along", () => {
    const lost = customer({ id: "l", externalId: "l1", lost: true, stageKey: "awareness" });
    const { decisions } = planRound([row(1, { externalId: "l1", name: "Back", stage: "awareness" }), row(2, { externalId: "x", stage: "lost" })], [lost, customer({ id: "x", externalId: "x", name: "Row 2" })], stages);
    expect(decisions[0]?.decision).toMatchObject({ kind: "move", to: "awareness", update: { name: "Back" } });
    expect(decisions[1]?.decision).toMatchObject({ kind: "move", to: "lost", update: null });
  });

  it("matches a row without external id or email on its name and phone, among customers without them", () => {
    const family = customer({ id: "dana", name: "Dana", phone: "050-1234567", phoneE164: "+972501234567" });
    const keyed = customer({ id: "keyed", name: "Omer", phoneE164: "+972501234567", email: "omer@example.com" });
    const bare = customer({ id: "bare", name: "Noa" });
    const { decisions } = planRound(
      [
        row(1, { name: "Dana", phone: "+972 50 123 4567", phoneE164: "+972501234567" }),
        row(2, { name: "Omer", phone: "050-1234567", phoneE164: "+972501234567" }),
        row(3, { name: "Noa" }),
        row(4, { name: "Dana", email: "dana@example.com", phoneE164: "+972501234567" }),
      ],
      [family, keyed, bare],
      stages,
    );
    expect(decisions.map((d) => d.decision.kind)).toEqual(["update", "create", "unchanged", "create"]);
    expect(decisions[0]?.decision).toMatchObject({ update: { id: "dana", phone: "+972 50 123 4567", phone_e164: "+972501234567" } });
  });

  it("adds the row's other fields to the customer's, a repeat changing nothing", () => {
    const c = customer({ id: "c", externalId: "e1", extra: { Company: "Acme", Notes: "old" } });
    const { decisions } = planRound([row(1, { externalId: "e1", name: "Name", extra: { Notes: "new", Source: "web" } })], [c], stages);
    expect(decisions[0]?.decision).toMatchObject({ kind: "update", update: { extra: { Company: "Acme", Notes: "new", Source: "web" } } });
    const again = planRound([row(1, { externalId: "e1", name: "Name", extra: { Notes: "old" } })], [c], stages);
    expect(again.decisions[0]?.decision).toEqual({ kind: "unchanged" });
  });

  it("stops a round before a second row reaching the same customer, and splits rounds on repeated keys", () => {
    const c = customer({ id: "c", externalId: "e1", email: "c@example.com" });
    const { consumed } = planRound([row(1, { externalId: "e1" }), row(2, { email: "c@example.com" })], [c], stages);
    expect(consumed).toBe(1);
    const rows = [row(1, { externalId: "a", email: "a@x.co" }), row(2, { externalId: "b" }), row(3, { email: "a@x.co" }), row(4, { externalId: "c" })];
    expect(distinctKeyPrefix(rows).map((r) => r.row)).toEqual([1, 2]);
    const natural = [row(1, { name: "Dana", phoneE164: "+1" }), row(2, { name: "Dana" }), row(3, { name: "Dana", phoneE164: "+1" })];
    expect(distinctKeyPrefix(natural).map((r) => r.row)).toEqual([1, 2]);
  });
});
