/**
 * Every server action with a valid call the fuzzer mutates, the page whose bundle holds it, and
 * what to read to see whether a refused call wrote anything. All of it runs as the owner of the
 * second organization, on records the test makes there, so no other test sees the writes of the
 * calls that happen to be valid.
 */
export interface FuzzContext {
  customerId: string;
  version: number;
  /** A live stage the customer is not in. */
  otherStage: string;
  ownerId: string;
  userId: string;
  keyId: string;
  jobId: string;
  /** The acquisition journey's stage keys, in order. */
  acquisition: string[];
}

/** Reads whose text changes with anything the action could write. */
export type Probe = "customers" | "stages" | "imports" | "users" | "apiKeys" | "organization";

export interface ActionCase {
  action: string;
  /** `{id}` stands for the fixture customer. */
  page: string;
  probe: Probe;
  /** Where refusals are translated: the FormErrors namespace, or SettingsData for imports. */
  messages: "FormErrors" | "SettingsData";
  valid: (c: FuzzContext) => Record<string, unknown>;
}

const stageDetails = { labelHe: "שלב", labelFa: "مرحله", labelEn: "Fuzz stage", transitionRule: "any", requiredFields: [], idleDays: 30 };
const customerAction = (action: string, page: string, valid: ActionCase["valid"]): ActionCase => ({ action, page, probe: "customers", messages: "FormErrors", valid });
const settingsAction = (action: string, page: string, probe: Probe, valid: ActionCase["valid"]): ActionCase => ({ action, page, probe, messages: "FormErrors", valid });
const fakeId = "00000000-0000-4000-8000-000000000000";

export const actionCases: ActionCase[] = [
  customerAction("createCustomerAction", "/en/customers", () => ({ name: "Fuzz Created", email: "fuzz-created@other.test", channel: "website" })),
  customerAction("updateCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, version: c.version, name: "Fuzz Target", channel: "other", phone: "+972 50 000 0000" })),
  customerAction("moveCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, to: c.otherStage, version: c.version, note: "moved" })),
  customerAction("moveCardAction", "/en/board", (c) => ({ customerId: c.customerId, to: c.otherStage, version: c.version })),
  customerAction("bulkMoveAction", "/en/customers", (c) => ({ to: c.otherStage, reason: "bulk", items: [{ customerId: c.customerId, version: c.version }] })),
  // Merging a customer that does not exist is refused and changes nothing; a real one would be removed for good.
  customerAction("mergeCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, from: fakeId, version: c.version })),
  customerAction("reassignAction", "/en/customers", (c) => ({ ownerId: c.ownerId, ids: [c.customerId] })),
  customerAction("addTouchpointAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, channel: "phone", kind: "call", note: "called" })),
  customerAction("addPurchaseAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, amount: "12.50", currency: "ILS" })),
  customerAction("addFeedbackAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, score: "9", comment: "good" })),
  customerAction("addTaskAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, title: "Call back", dueOn: "2026-12-01" })),
  customerAction("setTaskDoneAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, taskId: fakeId, done: true })),
  settingsAction("createUserAction", "/en/settings/users", "users", () => ({ name: "Fuzz User", email: "fuzz-created@other.test", role: "sales" })),
  settingsAction("changeRoleAction", "/en/settings/users", "users", (c) => ({ userId: c.userId, role: "manager" })),
  settingsAction("setDisabledAction", "/en/settings/users", "users", (c) => ({ userId: c.userId, disabled: false })),
  settingsAction("resetPasswordAction", "/en/settings/users", "users", (c) => ({ userId: c.userId })),
  settingsAction("updateStageAction", "/en/settings/stages", "stages", (c) => ({ key: c.otherStage, ...stageDetails })),
  settingsAction("addStageAction", "/en/settings/stages", "stages", () => ({ journey: "acquisition", ...stageDetails })),
  settingsAction("reorderStagesAction", "/en/settings/stages", "stages", (c) => ({ journey: "acquisition", keys: c.acquisition })),
  settingsAction("archiveStageAction", "/en/settings/stages", "stages", (c) => ({ key: c.otherStage, archived: false })),
  settingsAction("createApiKeyAction", "/en/settings/api-keys", "apiKeys", () => ({ name: "Fuzz key" })),
  settingsAction("revokeApiKeyAction", "/en/settings/api-keys", "apiKeys", (c) => ({ keyId: c.keyId })),
  settingsAction("updateOrganizationAction", "/en/settings/organization", "organization", () => ({
    name: "Other Organization",
    timeZone: "Asia/Jerusalem",
    currency: "ILS",
    country: "IL",
    defaultLocale: "en",
    heCalendar: "gregory",
  })),
  // The valid mapping names no column that says who a row is: starting the job for real would import in the background meanwhile.
  {
    action: "startImportAction",
    page: "/en/settings/data",
    probe: "imports",
    messages: "SettingsData",
    valid: (c) => ({ id: c.jobId, locale: "en", timeZone: "Asia/Tehran", mapping: { channel: "email" }, values: { stage: { lead: "" } } }),
  },
  { action: "resumeImportAction", page: "/en/settings/data", probe: "imports", messages: "SettingsData", valid: (c) => ({ id: c.jobId }) },
  // The job is still pending (not finished), so a well-formed retry is refused and imports nothing.
  { action: "retryImportAction", page: "/en/settings/data", probe: "imports", messages: "SettingsData", valid: (c) => ({ id: c.jobId, rows: [{ row: 1, cells: { name: "Fixed" } }] }) },
];
