import { trustedProxyHops } from "@/lib/security/client-address";
import { authSecret } from "./secret";

/** Why nobody could sign in with this configuration (AUTH_SECRET, TRUST_PROXY), or null when they can. */
export function signInConfigurationProblem(): string | null {
  try {
    authSecret();
    trustedProxyHops();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
