/** Re-runs are named `rerun-<id of the original>-<time>`: the link survives without extra storage. */
export function rerunName(originalId: string, now = Date.now()): string {
  return `rerun-${originalId}-${now.toString(36)}`;
}

/** The id of the execution this one re-runs, from its name. */
export function rerunOf(name: string): string | undefined {
  return /^rerun-(\d+)-[0-9a-z]+$/.exec(name)?.[1];
}
