import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { markNotificationsReadFor, markReadSchema } from "@/lib/notifications/service";

export const POST = apiRoute(async ({ request, user }) => {
  const body = await parseJson(request, markReadSchema);
  if (!body.ok) return body.response;
  await markNotificationsReadFor(user, body.data);
  return new Response(null, { status: 204 });
});
