/** A row of `state_machines`. */
export type StateMachineRow = {
  arn: string;
  name: string;
  type: MachineType;
  definition: string;
  role_arn: string;
  status: 'ACTIVE' | 'DELETING';
  revision_id: string;
  description: string | null;
  created_at: Date;
  updated_at: Date;
};

export type MachineType = 'STANDARD' | 'EXPRESS';
export const MACHINE_TYPES: readonly MachineType[] = ['STANDARD', 'EXPRESS'];

export const STATE_MACHINE_COLUMNS =
  'arn, name, type, definition, role_arn, status, revision_id, description, created_at, updated_at';
