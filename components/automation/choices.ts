export interface Choice {
  value: string;
  label: string;
}

/** What the playbook form offers to choose from: the organization's active stages and users. */
export interface AutomationChoices {
  stages: Choice[];
  users: Choice[];
}
