import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { signInByHttp } from "../api-client";
import { demoUsers } from "../support";

/** Who knocks: nobody, the customer's sales owner, another sales user, manager, owner, another organization's owner. */
export const principals = ["anonymous", "sales", "sales2", "manager", "owner", "outsider"] as const;
export type Principal = (typeof principals)[number];

/** The owner of a second organization, created by tests/e2e/serve.sh before the server starts. */
export const outsider = { email: "owner@other.test", password: "outsider-password-1" };

const credentials: Record<Exclude<Principal, "anonymous">, { email: string; password?: string }> = {
  sales: { email: demoUsers.sales },
  sales2: { email: demoUsers.sales2 },
  manager: { email: demoUsers.manager },
  owner: { email: demoUsers.owner },
  outsider,
};

export async function contexts(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, extraHTTPHeaders?: Record<string, string>) {
  const entries = await Promise.all(
    principals.map(async (who) => {
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders });
      if (who !== "anonymous") await signInByHttp(request, credentials[who].email, credentials[who].password);
      return [who, request] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Principal, APIRequestContext>;
}
