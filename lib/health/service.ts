import "server-only";
import { pingDatabase } from "@/db";
import { signInConfigurationProblem } from "@/lib/auth/readiness";

export type Readiness = { ready: true; engine: string } | { ready: false; detail: string };

/** Ready only when people can sign in: the configuration allows it and the database answers. */
export async function checkReadiness(): Promise<Readiness> {
  const configuration = signInConfigurationProblem();
  if (configuration) return { ready: false, detail: configuration };
  try {
    return { ready: true, engine: await pingDatabase() };
  } catch (error) {
    console.error(error);
    return { ready: false, detail: "The database does not answer." };
  }
}
