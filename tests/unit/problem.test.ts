import { describe, expect, it } from "vitest";
import { problem } from "@/lib/api/problem";

describe("problem documents", () => {
  it("keep their numeric status and title whatever the extras are called", async () => {
    const response = problem(409, { code: "import_not_finished", status: "failed", title: "x", id: "j" });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ type: "about:blank", title: "Conflict", status: 409, code: "import_not_finished", id: "j" });
  });
});
