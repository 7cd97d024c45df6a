import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { receiveUpload } from "@/lib/import/http";
import { importNowFor } from "@/lib/import/service";

/**
 * Imports a CSV of customers and answers when every row is in (synchronous: the import runs as a
 * job, and a client that hangs up does not stop it; `id` names the job for
 * `GET /api/v1/import/jobs/{id}`). Owners only.
 */
export const POST = apiRoute(async ({ request, user }) => {
  const received = await receiveUpload(request, user);
  if (!received.ok) return received.response;
  return NextResponse.json(await importNowFor(user, received.upload, received.mapping, received.options));
});
