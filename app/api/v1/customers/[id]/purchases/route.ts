import { customerChildList, customerChildPost } from "@/lib/api/customer-child-route";
import { addPurchaseFor } from "@/lib/customers/activity-service";
import { purchaseSchema } from "@/lib/customers/schemas";

export const POST = customerChildPost(purchaseSchema, addPurchaseFor);

export const GET = customerChildList("purchases");
