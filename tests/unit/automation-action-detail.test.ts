import { describe, expect, it } from "vitest";
import { readActionDetail } from "@/core/automation/action-detail";

describe("readActionDetail", () => {
  it("reads each detail the engine writes", () => {
    expect(readActionDetail({ type: "task", status: "done", detail: "2 × Call Dana × 2" })).toEqual({ kind: "tasks", count: 2, title: "Call Dana × 2" });
    expect(readActionDetail({ type: "task", status: "done", detail: "1 × " })).toEqual({ kind: "tasks", count: 1, title: "" });
    expect(readActionDetail({ type: "move", status: "done", detail: "consideration" })).toEqual({ kind: "moved", to: "consideration" });
    expect(readActionDetail({ type: "notify", status: "done", detail: "3" })).toEqual({ kind: "notified", count: 3 });
    expect(readActionDetail({ type: "webhook", status: "done", detail: "queued 0b7c1c4e-5f0a-4d7e-9a3b-1f2e3d4c5b6a" })).toEqual({ kind: "queued" });
    expect(readActionDetail({ type: "message", status: "done", detail: "queued " })).toEqual({ kind: "queued" });
    expect(readActionDetail({ type: "move", status: "skipped", detail: "depth_limit" })).toEqual({ kind: "code", code: "depth_limit" });
    expect(readActionDetail({ type: "request_feedback", status: "skipped", detail: "no_email" })).toEqual({ kind: "code", code: "no_email" });
    expect(readActionDetail({ type: "move", status: "failed", detail: "version_conflict" })).toEqual({ kind: "code", code: "version_conflict" });
  });

  it("reads a refused move's field codes", () => {
    expect(readActionDetail({ type: "move", status: "failed", detail: "validation reason:reason_required_lost" })).toEqual({ kind: "refused", codes: ["reason_required_lost"] });
    expect(readActionDetail({ type: "move", status: "failed", detail: "validation to:archived_stage purchaseAmount:required_by_stage|too_small" })).toEqual({
      kind: "refused",
      codes: ["archived_stage", "required_by_stage", "too_small"],
    });
  });

  it("leaves any other text as written", () => {
    for (const [type, status, detail] of [
      ["task", "done", "two × title"],
      ["notify", "done", "3 people"],
      ["webhook", "failed", "connect ECONNREFUSED 127.0.0.1:9"],
      ["move", "failed", "validation"],
      ["move", "failed", "validation reason: spaced"],
      ["task", "failed", "queued 1"],
    ] as const) {
      expect(readActionDetail({ type, status, detail })).toEqual({ kind: "other", text: detail });
    }
  });
});
