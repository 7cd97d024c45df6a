import "server-only";
import { pingDatabase, type DatabaseHealth } from "@/db";
import { signInConfigurationProblem } from "@/lib/auth/readiness";

export type Readiness = ({ ready: true } & DatabaseHealth) | { ready: false; detail: string };

/** Ready only when people can sign in and see their screens: the configuration allows it and the database (its read replica too, when there is one) answers. */
export async function checkReadiness(): Promise<Readiness> {
  const configuration = signInConfigurationProblem();
  if (configuration) return { ready: false, detail: configuration };
  try {
    return { ready: true, ...(await pingDatabase()) };
  } catch (error) {
    console.error(error);
    return { ready: false, detail: "The database or its read replica does not answer." };
  }
}
