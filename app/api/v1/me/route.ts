import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/organizations";
import { apiRoute } from "@/lib/api/handler";

export const GET = apiRoute(async ({ user }) => {
  const org = await findOrganization(await getDb(), { orgId: user.orgId });
  return NextResponse.json({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organization: { id: user.orgId, name: org?.name ?? "" },
  });
});
