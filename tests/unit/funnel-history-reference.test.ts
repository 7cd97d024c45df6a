import { describe, expect, it } from "vitest";
import { flowReference, snapshotReference, timeInStageReference, timeToConvertReference } from "../support/reference/history";
import { funnelFixture, MARCH } from "../support/funnel-fixture";
import { flowInMarch, snapshotEnd, snapshotMid, timeInMarch, toConvertInMarch } from "../support/funnel-expected-stages";
import { rounded } from "../support/round";

describe("snapshot, time in stage, time to convert and flow references on the fixture", () => {
  const history = funnelFixture();
  const march = { ...MARCH, journey: "acquisition" as const };

  it("snapshots the state at the end of a local date", () => {
    expect(snapshotReference(history, { asOf: "2024-03-15" })).toEqual(snapshotMid);
    expect(snapshotReference(history, { asOf: "2024-03-31" })).toEqual(snapshotEnd);
  });

  it("times stays that ended in the range, latest and cumulative", () => {
    expect(rounded(timeInStageReference(history, march))).toEqual(rounded(timeInMarch));
  });

  it("times conversions in the range from the first acquisition event", () => {
    expect(rounded(timeToConvertReference(history, MARCH))).toEqual(rounded(toConvertInMarch));
  });

  it("counts the moves of the range, backward and lost included", () => {
    expect(flowReference(history, march)).toEqual(flowInMarch);
  });
});
