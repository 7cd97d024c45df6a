import type { Principal } from "./principals";

/**
 * The authorization matrix: every page route, API route and server action × every principal →
 * what must happen. `{id}` is a customer owned by the `sales` user. Pages answer a status (307 is
 * the redirect to sign-in); API routes a status; server actions the `code` of their result ("ok"
 * for success). tests/e2e/authz-matrix.spec.ts fails when a route or action has no row here.
 */
type Row<T> = Record<Principal, T>;

const all = <T>(value: T): Row<T> => ({ anonymous: value, sales: value, sales2: value, manager: value, owner: value, outsider: value });
const signedIn = <T>(anonymous: T, value: T): Row<T> => ({ ...all(value), anonymous });
const analytics = (ok: number, no: number, anon: number): Row<number> => ({ anonymous: anon, sales: no, sales2: no, manager: ok, owner: ok, outsider: ok });
const ownersOnly = (ok: number, no: number, anon: number): Row<number> => ({ anonymous: anon, sales: no, sales2: no, manager: no, owner: ok, outsider: ok });
const theirCustomer = <T>(anon: T, ok: T, hidden: T): Row<T> => ({ anonymous: anon, sales: ok, sales2: hidden, manager: ok, owner: ok, outsider: hidden });

export interface PageRow {
  route: string;
  path: string;
  expect: Row<number>;
}

const fakeId = "00000000-0000-4000-8000-000000000000";

export const pages: PageRow[] = [
  { route: "/[locale]/login", path: "/en/login", expect: signedIn(200, 307) },
  { route: "/[locale]", path: "/en", expect: signedIn(307, 200) },
  { route: "/[locale]/customers", path: "/en/customers", expect: signedIn(307, 200) },
  { route: "/[locale]/customers/[id]", path: "/en/customers/{id}", expect: theirCustomer(307, 200, 404) },
  { route: "/[locale]/board", path: "/en/board", expect: signedIn(307, 200) },
  { route: "/[locale]/funnel", path: "/en/funnel", expect: analytics(200, 403, 307) },
  { route: "/[locale]/retention", path: "/en/retention", expect: analytics(200, 403, 307) },
  { route: "/[locale]/loyalty", path: "/en/loyalty", expect: analytics(200, 403, 307) },
  // Sales users see the map of their own customers.
  { route: "/[locale]/journey", path: "/en/journey", expect: signedIn(307, 200) },
  // Owners land on users, managers on the playbooks they may read.
  { route: "/[locale]/settings", path: "/en/settings", expect: analytics(307, 403, 307) },
  { route: "/[locale]/settings/users", path: "/en/settings/users", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/stages", path: "/en/settings/stages", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/api-keys", path: "/en/settings/api-keys", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/organization", path: "/en/settings/organization", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/automations", path: "/en/settings/automations", expect: analytics(200, 403, 307) },
  { route: "/[locale]/settings/automations/[id]", path: `/en/settings/automations/${fakeId}`, expect: analytics(404, 403, 307) },
  { route: "/[locale]/settings/data", path: "/en/settings/data", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/messages", path: "/en/settings/messages", expect: ownersOnly(200, 403, 307) },
  // Public pages: the token is the credential, whoever asks; one that is no token is 404 for everyone.
  { route: "/[locale]/s/[token]", path: "/en/s/not-a-token", expect: all(404) },
  { route: "/[locale]/u/[token]", path: "/en/u/not-a-token", expect: all(404) },
  { route: "/[locale]/settings/forms", path: "/en/settings/forms", expect: ownersOnly(200, 403, 307) },
  { route: "/[locale]/settings/forms/[id]", path: "/en/settings/forms/00000000-0000-4000-8000-000000000000", expect: ownersOnly(404, 403, 307) },
  // Public pages: no session needed; an unknown form or a revoked code is 404 for everyone.
  { route: "/[locale]/f/[formId]", path: "/en/f/00000000-0000-4000-8000-000000000000", expect: all(404) },
  { route: "/[locale]/r/[code]", path: "/en/r/AAAAAAAAAAAAAAAAAAAAAA", expect: all(404) },
  { route: "/[locale]/[...rest]", path: "/en/no-such-page", expect: all(404) },
];

export interface ApiRow {
  route: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  /** JSON body; chosen so that allowed callers are refused by validation or a version check and nothing is written. */
  body?: unknown;
  expect: Row<number>;
}

const badVersionMove = { to: "engagement", version: 999_999 };

export const api: ApiRow[] = [
  { route: "/api/health", method: "GET", path: "/api/health", expect: all(200) },
  { route: "/api/auth/[...nextauth]", method: "GET", path: "/api/auth/csrf", expect: all(200) },
  { route: "/api/v1/me", method: "GET", path: "/api/v1/me", expect: signedIn(401, 200) },
  { route: "/api/v1/stages", method: "GET", path: "/api/v1/stages", expect: signedIn(401, 200) },
  { route: "/api/v1/customers", method: "GET", path: "/api/v1/customers?limit=5", expect: signedIn(401, 200) },
  { route: "/api/v1/customers", method: "POST", path: "/api/v1/customers", body: { name: "" }, expect: signedIn(401, 422) },
  { route: "/api/v1/customers/[id]", method: "GET", path: "/api/v1/customers/{id}", expect: theirCustomer(401, 200, 404) },
  // Owners and managers merge; a sales user is refused whoever owns the customer; the unknown `from` changes nothing.
  { route: "/api/v1/customers/[id]", method: "PATCH", path: "/api/v1/customers/{id}", body: { version: 999_999, doNotContact: true }, expect: theirCustomer(401, 409, 404) },
  // An unknown locale or channel is refused before the customer is looked up: nothing is made or sent.
  { route: "/api/v1/customers/[id]/survey-requests", method: "POST", path: "/api/v1/customers/{id}/survey-requests", body: { locale: "xx" }, expect: signedIn(401, 422) },
  { route: "/api/v1/customers/[id]/messages", method: "POST", path: "/api/v1/customers/{id}/messages", body: { channel: "fax", template: "follow_up" }, expect: signedIn(401, 422) },
  { route: "/api/v1/message-templates", method: "GET", path: "/api/v1/message-templates", expect: signedIn(401, 200) },
  { route: "/api/public/surveys/[token]", method: "POST", path: "/api/public/surveys/not-a-token", body: { score: 5 }, expect: all(404) },
  { route: "/api/public/unsubscribe/[token]", method: "POST", path: "/api/public/unsubscribe/not-a-token", expect: all(404) },
  { route: "/api/v1/customers/[id]/merge", method: "POST", path: "/api/v1/customers/{id}/merge", body: { from: fakeId, version: 999_999 }, expect: { anonymous: 401, sales: 403, sales2: 403, manager: 422, owner: 422, outsider: 404 } },
  { route: "/api/v1/customers/[id]/moves", method: "GET", path: "/api/v1/customers/{id}/moves", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/customers/[id]/moves", method: "POST", path: "/api/v1/customers/{id}/moves", body: badVersionMove, expect: theirCustomer(401, 409, 404) },
  { route: "/api/v1/customers/[id]/touchpoints", method: "POST", path: "/api/v1/customers/{id}/touchpoints", body: { channel: "phone", kind: "call", at: "2999-01-01T00:00:00Z" }, expect: theirCustomer(401, 422, 404) },
  { route: "/api/v1/customers/[id]/purchases", method: "POST", path: "/api/v1/customers/{id}/purchases", body: { amount: "5", at: "2999-01-01T00:00:00Z" }, expect: theirCustomer(401, 422, 404) },
  { route: "/api/v1/customers/[id]/feedback", method: "POST", path: "/api/v1/customers/{id}/feedback", body: { score: 5, at: "2999-01-01T00:00:00Z" }, expect: theirCustomer(401, 422, 404) },
  { route: "/api/v1/customers/[id]/touchpoints", method: "GET", path: "/api/v1/customers/{id}/touchpoints?limit=5", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/customers/[id]/purchases", method: "GET", path: "/api/v1/customers/{id}/purchases?limit=5", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/customers/[id]/feedback", method: "GET", path: "/api/v1/customers/{id}/feedback?limit=5", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/customers/[id]/referral-link", method: "GET", path: "/api/v1/customers/{id}/referral-link", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/forms", method: "GET", path: "/api/v1/forms", expect: ownersOnly(200, 403, 401) },
  { route: "/api/v1/forms", method: "POST", path: "/api/v1/forms", body: { fields: [] }, expect: ownersOnly(422, 403, 401) },
  // No organization has the fake form: owners get 404 and nothing is archived.
  { route: "/api/v1/forms/[id]", method: "GET", path: `/api/v1/forms/${fakeId}`, expect: ownersOnly(404, 403, 401) },
  { route: "/api/v1/forms/[id]", method: "PATCH", path: `/api/v1/forms/${fakeId}`, body: { archived: true }, expect: ownersOnly(404, 403, 401) },
  { route: "/api/v1/forms/[id]", method: "DELETE", path: `/api/v1/forms/${fakeId}`, expect: ownersOnly(404, 403, 401) },
  // The public submission needs no session: an unknown form is 404 for everyone, a session changes nothing.
  { route: "/api/public/forms/[formId]", method: "POST", path: `/api/public/forms/${fakeId}`, body: { name: "Matrix" }, expect: all(404) },
  // Managers read playbooks and their log, owners also write and run them; sales are refused; an unknown id is 404.
  { route: "/api/v1/automations", method: "GET", path: "/api/v1/automations", expect: analytics(200, 403, 401) },
  { route: "/api/v1/automations", method: "POST", path: "/api/v1/automations", body: {}, expect: ownersOnly(422, 403, 401) },
  { route: "/api/v1/automations/[id]", method: "GET", path: `/api/v1/automations/${fakeId}`, expect: analytics(404, 403, 401) },
  { route: "/api/v1/automations/[id]/preview", method: "GET", path: `/api/v1/automations/${fakeId}/preview`, expect: analytics(404, 403, 401) },
  { route: "/api/v1/automations/[id]/runs", method: "GET", path: `/api/v1/automations/${fakeId}/runs`, expect: analytics(404, 403, 401) },
  { route: "/api/v1/automations/[id]/run", method: "POST", path: `/api/v1/automations/${fakeId}/run`, expect: ownersOnly(404, 403, 401) },
  { route: "/api/v1/tasks", method: "GET", path: "/api/v1/tasks?assignee=me", expect: signedIn(401, 200) },
  { route: "/api/v1/holidays", method: "GET", path: "/api/v1/holidays?calendar=ir&year=2027", expect: signedIn(401, 200) },
  { route: "/api/v1/customers/[id]/tasks", method: "GET", path: "/api/v1/customers/{id}/tasks", expect: theirCustomer(401, 200, 404) },
  { route: "/api/v1/notifications", method: "GET", path: "/api/v1/notifications", expect: signedIn(401, 200) },
  { route: "/api/v1/notifications/read", method: "POST", path: "/api/v1/notifications/read", body: { ids: ["not-an-id"] }, expect: signedIn(401, 422) },
  { route: "/api/v1/board", method: "GET", path: "/api/v1/board?journey=acquisition", expect: signedIn(401, 200) },
  { route: "/api/v1/board/values", method: "GET", path: "/api/v1/board/values?journey=acquisition", expect: signedIn(401, 200) },
  { route: "/api/v1/analytics/funnel", method: "GET", path: "/api/v1/analytics/funnel?from=2026-01-01&to=2026-02-01", expect: analytics(200, 403, 401) },
  { route: "/api/v1/analytics/retention", method: "GET", path: "/api/v1/analytics/retention?from=2026-01-01&to=2026-02-01", expect: analytics(200, 403, 401) },
  { route: "/api/v1/analytics/loyalty", method: "GET", path: "/api/v1/analytics/loyalty?from=2026-01-01&to=2026-02-01", expect: analytics(200, 403, 401) },
  { route: "/api/v1/analytics/journey-map", method: "GET", path: "/api/v1/analytics/journey-map?from=2026-01-01&to=2026-02-01", expect: signedIn(401, 200) },
  { route: "/api/v1/export/customers.csv", method: "GET", path: "/api/v1/export/customers.csv?q=Matrix", expect: analytics(200, 403, 401) },
  // A JSON body is not an upload: owners get 415 and nothing is stored; everyone else is refused before a byte is read.
  { route: "/api/v1/import/customers", method: "POST", path: "/api/v1/import/customers", body: { rows: [] }, expect: ownersOnly(415, 403, 401) },
  { route: "/api/v1/import/jobs", method: "GET", path: "/api/v1/import/jobs", expect: ownersOnly(200, 403, 401) },
  { route: "/api/v1/import/jobs", method: "POST", path: "/api/v1/import/jobs", body: { rows: [] }, expect: ownersOnly(415, 403, 401) },
  { route: "/api/v1/import/jobs/[id]", method: "GET", path: `/api/v1/import/jobs/${fakeId}`, expect: ownersOnly(404, 403, 401) },
  { route: "/api/v1/import/jobs/[id]/errors.csv", method: "GET", path: `/api/v1/import/jobs/${fakeId}/errors.csv`, expect: ownersOnly(404, 403, 401) },
  { route: "/api/v1/import/jobs/[id]/rejections", method: "GET", path: `/api/v1/import/jobs/${fakeId}/rejections`, expect: ownersOnly(404, 403, 401) },
];

export interface ActionRow {
  action: string;
  /** A page whose bundle holds the action. */
  page: string;
  arg: unknown;
  expect: Row<string>;
}

const ownerAction = (validationCode = "validation"): Row<string> => ({
  anonymous: "unauthorized",
  sales: "forbidden",
  sales2: "forbidden",
  manager: "forbidden",
  owner: validationCode,
  outsider: validationCode,
});

export const actions: ActionRow[] = [
  { action: "createCustomerAction", page: "/en/customers", arg: { name: "" }, expect: signedIn("unauthorized", "validation") },
  { action: "updateCustomerAction", page: "/en/customers/{id}", arg: { customerId: "{id}", version: 999_999, name: "X", channel: "other" }, expect: theirCustomer("unauthorized", "version_conflict", "not_found") },
  { action: "moveCustomerAction", page: "/en/customers/{id}", arg: { customerId: "{id}", ...badVersionMove }, expect: theirCustomer("unauthorized", "version_conflict", "not_found") },
  { action: "moveCardAction", page: "/en/board", arg: { customerId: "{id}", ...badVersionMove }, expect: theirCustomer("unauthorized", "version_conflict", "not_found") },
  { action: "bulkMoveAction", page: "/en/customers", arg: { to: "engagement", items: [{ customerId: "{id}", version: 999_999 }] }, expect: theirCustomer("unauthorized", "version_conflict", "not_found") },
  { action: "mergeCustomerAction", page: "/en/customers/{id}", arg: { customerId: "{id}", from: fakeId, version: 999_999 }, expect: { anonymous: "unauthorized", sales: "forbidden", sales2: "forbidden", manager: "validation", owner: "validation", outsider: "not_found" } },
  { action: "reassignAction", page: "/en/customers", arg: { ownerId: fakeId, ids: ["{id}"] }, expect: { anonymous: "unauthorized", sales: "forbidden", sales2: "forbidden", manager: "validation", owner: "validation", outsider: "validation" } },
  { action: "addTouchpointAction", page: "/en/customers/{id}", arg: { customerId: "{id}", channel: "phone", kind: "call", at: "2999-01-01T00:00" }, expect: theirCustomer("unauthorized", "validation", "not_found") },
  { action: "addPurchaseAction", page: "/en/customers/{id}", arg: { customerId: "{id}", amount: "5", at: "2999-01-01T00:00" }, expect: theirCustomer("unauthorized", "validation", "not_found") },
  { action: "addFeedbackAction", page: "/en/customers/{id}", arg: { customerId: "{id}", score: "5", at: "2999-01-01T00:00" }, expect: theirCustomer("unauthorized", "validation", "not_found") },
  { action: "addTaskAction", page: "/en/customers/{id}", arg: { customerId: fakeId, title: "x", dueOn: "2026-01-01" }, expect: signedIn("unauthorized", "not_found") },
  { action: "setTaskDoneAction", page: "/en/customers/{id}", arg: { customerId: "{id}", taskId: fakeId, done: true }, expect: signedIn("unauthorized", "not_found") },
  { action: "createUserAction", page: "/en/settings/users", arg: {}, expect: ownerAction() },
  { action: "changeRoleAction", page: "/en/settings/users", arg: {}, expect: ownerAction() },
  { action: "setDisabledAction", page: "/en/settings/users", arg: {}, expect: ownerAction() },
  { action: "resetPasswordAction", page: "/en/settings/users", arg: {}, expect: ownerAction() },
  { action: "updateStageAction", page: "/en/settings/stages", arg: {}, expect: ownerAction() },
  { action: "addStageAction", page: "/en/settings/stages", arg: {}, expect: ownerAction() },
  { action: "reorderStagesAction", page: "/en/settings/stages", arg: {}, expect: ownerAction() },
  { action: "archiveStageAction", page: "/en/settings/stages", arg: {}, expect: ownerAction() },
  { action: "createApiKeyAction", page: "/en/settings/api-keys", arg: {}, expect: ownerAction() },
  { action: "revokeApiKeyAction", page: "/en/settings/api-keys", arg: {}, expect: ownerAction() },
  { action: "updateOrganizationAction", page: "/en/settings/organization", arg: {}, expect: ownerAction() },
  { action: "startImportAction", page: "/en/settings/data", arg: {}, expect: ownerAction() },
  { action: "resumeImportAction", page: "/en/settings/data", arg: {}, expect: ownerAction() },
  { action: "retryImportAction", page: "/en/settings/data", arg: {}, expect: ownerAction() },
  { action: "createAutomationAction", page: "/en/settings/automations", arg: {}, expect: ownerAction() },
  { action: "setAutomationEnabledAction", page: "/en/settings/automations", arg: {}, expect: ownerAction() },
  { action: "deleteAutomationAction", page: "/en/settings/automations", arg: {}, expect: ownerAction() },
  { action: "updateAutomationAction", page: "/en/settings/automations", arg: {}, expect: ownerAction() },
  // A count managers may see too; it writes nothing.
  { action: "previewAutomationAction", page: "/en/settings/automations", arg: {}, expect: { ...ownerAction(), manager: "validation" } },
  { action: "setAutomationsPausedAction", page: "/en/settings/automations", arg: {}, expect: ownerAction() },
  { action: "saveStageNoteAction", page: "/en/journey", arg: {}, expect: ownerAction() },
  { action: "saveMessageTemplateAction", page: "/en/settings/messages", arg: {}, expect: ownerAction() },
  { action: "prepareMessageAction", page: "/en/customers/{id}", arg: { customerId: "{id}", template: "nope" }, expect: signedIn("unauthorized", "validation") },
  { action: "logMessageAction", page: "/en/customers/{id}", arg: { customerId: "{id}", channel: "fax" }, expect: signedIn("unauthorized", "validation") },
  { action: "sendEmailAction", page: "/en/customers/{id}", arg: { customerId: "{id}", template: "nope" }, expect: signedIn("unauthorized", "validation") },
  { action: "requestSurveyAction", page: "/en/customers/{id}", arg: { customerId: "{id}", locale: "xx" }, expect: signedIn("unauthorized", "validation") },
  { action: "setDoNotContactAction", page: "/en/customers/{id}", arg: { customerId: "{id}", version: 999_999, doNotContact: true }, expect: theirCustomer("unauthorized", "version_conflict", "not_found") },
  { action: "createLeadFormAction", page: "/en/settings/forms", arg: {}, expect: ownerAction() },
  { action: "updateLeadFormAction", page: "/en/settings/forms", arg: {}, expect: ownerAction() },
  { action: "archiveLeadFormAction", page: "/en/settings/forms", arg: {}, expect: ownerAction() },
  // Anyone who may see the customer may replace their link; the empty arg changes nothing.
  { action: "revokeReferralLinkAction", page: "/en/customers/{id}", arg: { customerId: fakeId }, expect: signedIn("unauthorized", "not_found") },
];
