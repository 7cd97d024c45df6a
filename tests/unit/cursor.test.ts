import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/customers/cursor";

const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const id = "0b7c5a52-5a0e-4c61-9d43-1d0b9a3f4e21";

describe("list and board cursors", () => {
  it("round-trips what the list and the board write", () => {
    for (const value of ["2024-03-01T10:00:00.123Z", "2024-03-01T10:00:00.123456Z"]) {
      expect(decodeCursor(encodeCursor({ value, id }) ?? "", "instant")).toEqual({ value, id });
    }
    expect(decodeCursor(encodeCursor({ value: "Dana, \u05d3\u05e0\u05d4", id }) ?? "", "text")).toEqual({ value: "Dana, \u05d3\u05e0\u05d4", id });
    expect(decodeCursor(undefined, "text")).toBeUndefined();
  });

  it("refuses crafted cursors the database would choke on", () => {
    const refused = [
      crafted({ value: "nope", id }),
      crafted({ value: "2024-03-01T10:00:00.000Z", id: "-".repeat(36) }),
      crafted({ value: "2024-03-01T10:00:00.000Z", id: "0".repeat(36) }),
      crafted({ value: "+275760-01-01T00:00:00.000Z", id }),
      crafted({ value: "275760-01-01T00:00:00.000Z", id }),
      crafted({ value: "0000-01-01T00:00:00.000Z", id }),
      crafted({ value: "2024-13-01T00:00:00.000Z", id }),
      crafted({ value: "2024-02-30T00:00:00.000Z", id }),
      crafted({ value: 5, id }),
      crafted([1, 2]),
      "garbage",
    ];
    for (const text of refused) expect(decodeCursor(text, "instant"), Buffer.from(text, "base64url").toString()).toBe("invalid");
    expect(decodeCursor(crafted({ value: "a\u0000b", id }), "text")).toBe("invalid");
    expect(decodeCursor(crafted({ value: "\ud800", id }), "text")).toBe("invalid");
    expect(decodeCursor(crafted({ value: "x".repeat(201), id }), "text")).toBe("invalid");
  });
});
