import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ConformanceCase = {
  id: string;
  features: string[];
  definition?: unknown;
  definitionText?: string;
  input?: unknown;
  inputText?: string;
  stateMachineType?: string;
  expect: {
    kind: 'execution' | 'create_rejected' | 'start_rejected';
    status?: string;
    output?: unknown;
    error?: string | null;
    cause?: string | null;
    events?: string[];
    eventsCompare?: string;
    placeholders?: string[];
    causeCompare?: string;
    errorCode?: string;
  };
};

/** ../shared/conformance beside the repository, or CONFORMANCE_DIR; undefined when absent. */
export function conformanceDir(): string | undefined {
  const dir =
    process.env.CONFORMANCE_DIR ?? resolve(import.meta.dirname, '../../../../../shared/conformance');
  return existsSync(join(dir, 'cases')) ? dir : undefined;
}

export function loadCases(dir: string): ConformanceCase[] {
  return readdirSync(join(dir, 'cases'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'cases', f), 'utf8')) as ConformanceCase);
}
