import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { receiveUpload } from "@/lib/import/http";
import { acceptUpload, listImportsFor } from "@/lib/import/service";

/** The organization's latest imports (owners only). */
export const GET = apiRoute(async ({ user }) => NextResponse.json({ items: await listImportsFor(user) }));

/**
 * Uploads a file as a pending import: answers its detected encoding, header, first rows, row count
 * and suggested mapping, for the mapping step. The settings page starts it once the owner confirms.
 */
export const POST = apiRoute(async ({ request, user }) => {
  const received = await receiveUpload(request, user);
  if (!received.ok) return received.response;
  return NextResponse.json(await acceptUpload(user, received.upload, received.mapping), { status: 201 });
});
