import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { connection } from "@/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const { db, engine } = await connection();
  await db.execute(sql`select 1`);
  return NextResponse.json({ status: "ok", db: engine });
}
