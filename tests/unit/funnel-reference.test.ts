import { describe, expect, it } from "vitest";
import { funnelReference } from "../support/reference/funnel";
import { funnelFixture } from "../support/funnel-fixture";
import { funnelCases } from "../support/funnel-expected";

/** The reference implementation gives the hand-worked numbers on the fixture, in every mode. */
describe("funnel reference on the hand-made fixture", () => {
  const history = funnelFixture();
  it.each(funnelCases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect(funnelReference(history, c.query)).toEqual(c.expected);
  });
});
