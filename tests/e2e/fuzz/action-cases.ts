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
  formId: string;
  /** The acquisition journey's stage keys, in order. */
  acquisition: string[];
}

/** Reads whose text changes with anything the action could write. */
export type Probe = "customers" | "stages" | "imports" | "users" | "apiKeys" | "organization" | "journeyNotes" | "automations" | "automationsPage" | "messageTemplates" | "leadForms";

export interface ActionCase {
  action: string;
  /** `{id}` stands for the fixture customer. */
  page: string;
  probe: Probe;
  /** Where refusals are translated: the FormErrors namespace, or SettingsData for imports. */
  messages: "FormErrors" | "SettingsData";
  valid: (c: FuzzContext) => Record<string, unknown>;
  /** The action's other text fields with valid values: the text sweep tries every text field. */
  more?: (c: FuzzContext) => Record<string, unknown>;
}

const stageDetails = { labelHe: "שלב", labelFa: "مرحله", labelEn: "Fuzz stage", transitionRule: "any", requiredFields: [], idleDays: 30 };
const customerAction = (action: string, page: string, valid: ActionCase["valid"], more?: ActionCase["more"]): ActionCase => ({ action, page, probe: "customers", messages: "FormErrors", valid, more });
const settingsAction = (action: string, page: string, probe: Probe, valid: ActionCase["valid"], more?: ActionCase["more"]): ActionCase => ({ action, page, probe, messages: "FormErrors", valid, more });
const fakeId = "00000000-0000-4000-8000-000000000000";
const past = "2026-01-01T10:00:00.000Z";
/** After the fixture customer's last move, which the set-up made a moment ago. */
const justNow = () => new Date(Date.now() - 1000).toISOString();
const moveExtras = () => ({ channel: "phone", reason: "asked", at: justNow(), purchaseAmount: "10.00" });

export const actionCases: ActionCase[] = [
  customerAction("createCustomerAction", "/en/customers", () => ({ name: "Fuzz Created", email: "fuzz-created@other.test", channel: "website" }), (c) => ({
    externalId: "fuzz-created",
    phone: "+972 50 000 0001",
    birthday: "1990-01-01",
    stage: c.otherStage,
    at: past,
    ownerId: c.ownerId,
    referredById: c.customerId,
    note: "met",
    reason: "warm",
    purchaseAmount: "10.00",
    allowDuplicate: "true",
  })),
  customerAction("updateCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, version: c.version, name: "Fuzz Target", channel: "other", phone: "+972 50 000 0000" }), () => ({
    email: "fuzz-target@other.test",
    birthday: "1990-01-01",
    externalId: "fuzz-target",
  })),
  customerAction("moveCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, to: c.otherStage, version: c.version, note: "moved" }), moveExtras),
  customerAction("moveCardAction", "/en/board", (c) => ({ customerId: c.customerId, to: c.otherStage, version: c.version }), () => ({ note: "moved", ...moveExtras() })),
  customerAction("bulkMoveAction", "/en/customers", (c) => ({ to: c.otherStage, reason: "bulk", items: [{ customerId: c.customerId, version: c.version }] })),
  // Merging a customer that does not exist is refused and changes nothing; a real one would be removed for good.
  customerAction("mergeCustomerAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, from: fakeId, version: c.version })),
  customerAction("reassignAction", "/en/customers", (c) => ({ ownerId: c.ownerId, ids: [c.customerId] })),
  customerAction("addTouchpointAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, channel: "phone", kind: "call", note: "called" }), () => ({ at: past })),
  customerAction("addPurchaseAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, amount: "12.50", currency: "ILS" }), () => ({ note: "paid", at: past })),
  customerAction("addFeedbackAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, score: "9", comment: "good" }), () => ({ at: past })),
  customerAction("addTaskAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, title: "Call back", dueOn: "2026-12-01" }), (c) => ({ assigneeId: c.ownerId })),
  customerAction("setTaskDoneAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, taskId: fakeId, done: true })),
  settingsAction("createUserAction", "/en/settings/users", "users", () => ({ name: "Fuzz User", email: "fuzz-created@other.test", role: "sales" }), () => ({ password: "a long enough password" })),
  settingsAction("changeRoleAction", "/en/settings/users", "users", (c) => ({ userId: c.userId, role: "manager" })),
  settingsAction("setDisabledAction", "/en/settings/users", "users", (c) => ({ userId: c.userId, disabled: false })),
  settingsAction("resetPasswordAction", "/en/settings/users", "users", (c) => ({ userId: c.userId })),
  settingsAction("updateStageAction", "/en/settings/stages", "stages", (c) => ({ key: c.otherStage, ...stageDetails }), () => ({ requiredFields: "email" })),
  settingsAction("addStageAction", "/en/settings/stages", "stages", () => ({ journey: "acquisition", ...stageDetails }), () => ({ requiredFields: "email" })),
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
    holidays: "rosh_hashanah,nowruz",
  })),
  settingsAction("createAutomationAction", "/en/settings/automations", "automations", (c) => ({
    name: "Fuzz playbook",
    enabled: false,
    trigger: { type: "stage_entered", stage: c.otherStage },
    actions: [{ type: "task", title: "Call {name}", dueInDays: 1, assignee: "owner" }],
    filter: {},
    confirm: false,
  })),
  // Another organization's (or no) playbook: refused, so the sweep never edits one for real.
  settingsAction("updateAutomationAction", "/en/settings/automations", "automations", (c) => ({
    id: fakeId,
    name: "Fuzz playbook",
    enabled: true,
    trigger: { type: "idle_in_stage", stage: c.otherStage, days: 3 },
    actions: [{ type: "notify", who: "managers" }],
    filter: { channel: "phone" },
    confirm: false,
  })),
  settingsAction("previewAutomationAction", "/en/settings/automations", "automations", (c) => ({ trigger: { type: "idle_in_stage", stage: c.otherStage, days: 3 }, filter: {} })),
  settingsAction("setAutomationEnabledAction", "/en/settings/automations", "automations", () => ({ id: fakeId, enabled: true, confirm: false })),
  settingsAction("deleteAutomationAction", "/en/settings/automations", "automations", () => ({ id: fakeId })),
  settingsAction("setAutomationsPausedAction", "/en/settings/automations", "automationsPage", () => ({ paused: false })),
  settingsAction("saveStageNoteAction", "/en/journey", "journeyNotes", (c) => ({ stageKey: c.otherStage, locale: "shared", goal: "Be found", need: "Trust", opportunities: "Reviews" })),
  settingsAction("saveMessageTemplateAction", "/en/settings/messages", "messageTemplates", () => ({ key: "follow_up", locale: "en", body: "Hi {name}, {owner} here." })),
  customerAction("prepareMessageAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, template: "follow_up" }), () => ({ locale: "fa" })),
  customerAction("logMessageAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, channel: "call" })),
  // A valid call queues an email to the fixture customer (SMTP_URL names a port only tests/e2e/unsubscribe.spec.ts listens on).
  customerAction("sendEmailAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, template: "follow_up" }), () => ({ locale: "he" })),
  customerAction("requestSurveyAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId }), () => ({ locale: "fa" })),
  settingsAction("createLeadFormAction", "/en/settings/forms", "leadForms", () => ({ name: "Fuzz form", fieldPhone: "on", assignment: "round_robin" }), (c) => ({
    fieldEmail: "on",
    fieldQuestion: "on",
    stage: c.otherStage,
    channel: "instagram",
    thankYouHe: "תודה",
    thankYouFa: "ممنون",
    thankYouEn: "Thanks",
    isDefault: "on",
  })),
  settingsAction("updateLeadFormAction", "/en/settings/forms", "leadForms", (c) => ({ id: c.formId, name: "Fuzz target form", assignment: c.ownerId }), () => ({ fieldEmail: "on", thankYouEn: "Thanks", channel: "website" })),
  // Opening the open fixture form again: valid, and it changes nothing.
  settingsAction("archiveLeadFormAction", "/en/settings/forms", "leadForms", (c) => ({ id: c.formId, archived: false })),
  customerAction("revokeReferralLinkAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId })),
  // Last: a mutation that turns it on leaves the fixture customer not to be contacted.
  customerAction("setDoNotContactAction", "/en/customers/{id}", (c) => ({ customerId: c.customerId, version: c.version, doNotContact: false })),
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
