import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { connection } from "@/db";
import { problem } from "@/lib/api/problem";
import { signInConfigurationProblem } from "@/lib/auth/readiness";

export const dynamic = "force-dynamic";

/** Ready only when people can sign in: the configuration allows it and the database answers; 503 otherwise. */
export async function GET() {
  const configuration = signInConfigurationProblem();
  if (configuration) return problem(503, { code: "not_ready", detail: configuration });
  try {
    const { db, engine } = await connection();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", db: engine });
  } catch (error) {
    console.error(error);
    return problem(503, { code: "not_ready", detail: "The database does not answer." });
  }
}
