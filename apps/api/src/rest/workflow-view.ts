import type { StateMachineRow } from '../state-machines/state-machine-row.js';

/** A workflow (state machine) as the REST API shows it: the definition as JSON. */
export type WorkflowView = {
  name: string;
  arn: string;
  type: string;
  status: string;
  definition: unknown;
  roleArn: string;
  revisionId: string;
  description?: string;
  createdAt: string;
  updatedAt: string;
};

export function toWorkflowView(m: StateMachineRow): WorkflowView {
  return {
    name: m.name,
    arn: m.arn,
    type: m.type,
    status: m.status,
    definition: parseJsonText(m.definition),
    roleArn: m.role_arn,
    revisionId: m.revision_id,
    ...(m.description !== null ? { description: m.description } : {}),
    createdAt: m.created_at.toISOString(),
    updatedAt: m.updated_at.toISOString(),
  };
}

/** Stored JSON text as a value (text that is not JSON stays text). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
