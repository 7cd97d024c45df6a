import "server-only";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden } from "@/core/errors";

/** Every settings function checks the role itself: its callers (actions, scripts) are not trusted to. */
export function assertOwner(user: CurrentUser) {
  if (!can.manageSettings(user.role)) throw forbidden();
}
