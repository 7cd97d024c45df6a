import { describe, expect, it } from "vitest";
import { sameOriginUrl } from "@/lib/auth/callback-url";

const base = "http://localhost:3918";

describe("where next-auth may send someone after signing in", () => {
  it("is a path of the app, or a URL of its own origin", () => {
    expect(sameOriginUrl("/en/customers?stage=lead", base)).toBe("http://localhost:3918/en/customers?stage=lead");
    expect(sameOriginUrl("http://localhost:3918/fa", base)).toBe("http://localhost:3918/fa");
  });

  it("is nothing else, and never an error", () => {
    for (const url of [
      "http://localhost:3918.evil.test/",
      "javascript:alert(document.cookie)",
      "https://localhost:3918/",
      "http://localhost:3919/",
      "//evil.test/",
      "/\\evil.test/",
      "\\\\evil.test",
      "data:text/html,x",
      "he/customers",
      "http://[::1",
    ]) {
      expect(sameOriginUrl(url, base), url).toBeNull();
    }
  });
});
