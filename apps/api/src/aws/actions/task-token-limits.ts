/** Field limits of SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat, as in the AWS API reference. */
export const MAX_TASK_TOKEN_CHARS = 2048;
export const MAX_OUTPUT_CHARS = 262_144;
export const MAX_ERROR_CHARS = 256;
export const MAX_CAUSE_CHARS = 32_768;
