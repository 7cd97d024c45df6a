import { notFound } from "@/core/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a uuid cannot name anything: 404, like an id of another organization. */
export function customerIdParam(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id.toLowerCase();
}
