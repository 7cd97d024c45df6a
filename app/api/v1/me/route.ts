import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { getOrganizationProfileFor } from "@/lib/settings/organization";

export const GET = apiRoute(async ({ user }) => {
  const org = await getOrganizationProfileFor(user);
  return NextResponse.json({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organization: { id: user.orgId, name: org.name },
  });
});
