import { NextResponse } from "next/server";
import { problem } from "@/lib/api/problem";
import { checkReadiness } from "@/lib/health/service";

export const dynamic = "force-dynamic";

/** Ready only when people can sign in: the configuration allows it and the database (and its read replica) answer; 503 otherwise. */
export async function GET() {
  const readiness = await checkReadiness();
  if (!readiness.ready) return problem(503, { code: "not_ready", detail: readiness.detail });
  return NextResponse.json({ status: "ok", db: readiness.engine, read: readiness.read });
}
