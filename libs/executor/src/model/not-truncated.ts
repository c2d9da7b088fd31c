/** AWS's `inputDetails`/`outputDetails`: we never truncate. Shared and frozen: one allocation, not one per event. */
export const NOT_TRUNCATED = Object.freeze({ truncated: false }) as { readonly truncated: false };
