import { afterEach, describe, expect, it, vi } from "vitest";
import { signInConfigurationProblem } from "@/lib/auth/readiness";

afterEach(() => vi.unstubAllEnvs());

describe("whether people can sign in with this configuration", () => {
  it("cannot with DATABASE_URL in production and no AUTH_SECRET, and says so", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgres://x/y");
    vi.stubEnv("AUTH_SECRET", "");
    expect(signInConfigurationProblem()).toMatch(/AUTH_SECRET/);
    vi.stubEnv("AUTH_SECRET", "a-long-random-secret");
    expect(signInConfigurationProblem()).toBeNull();
  });

  it("cannot with a TRUST_PROXY that is not a number of hops", () => {
    vi.stubEnv("AUTH_SECRET", "a-long-random-secret");
    vi.stubEnv("TRUST_PROXY", "yes");
    expect(signInConfigurationProblem()).toMatch(/TRUST_PROXY/);
  });
});
