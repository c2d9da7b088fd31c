/** Durastep has no CloudWatch logging or X-Ray tracing: the describe actions report them off. */
export const LOGGING_OFF = { level: 'OFF', includeExecutionData: false } as const;
export const TRACING_OFF = { enabled: false } as const;
