import { customerChildList, customerChildPost } from "@/lib/api/customer-child-route";
import { addTouchpointFor } from "@/lib/customers/activity-service";
import { touchpointSchema } from "@/lib/customers/schemas";

export const POST = customerChildPost(touchpointSchema, addTouchpointFor);

export const GET = customerChildList("touchpoints");
