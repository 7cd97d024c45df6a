import { customerChildList, customerChildPost } from "@/lib/api/customer-child-route";
import { addFeedbackFor } from "@/lib/customers/activity-service";
import { feedbackSchema } from "@/lib/customers/schemas";

export const POST = customerChildPost(feedbackSchema, addFeedbackFor);

export const GET = customerChildList("feedback");
