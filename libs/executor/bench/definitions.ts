/** The benchmark workloads, pure Pass states: they measure the interpreter, not any function. */
export function passChain(length: number): object {
  const States: Record<string, object> = {};
  for (let i = 1; i <= length; i++) {
    States[`Step${i}`] = i < length ? { Type: 'Pass', Next: `Step${i + 1}` } : { Type: 'Pass', End: true };
  }
  return { StartAt: 'Step1', States };
}

export function passMap(): object {
  return {
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Map',
        ItemsPath: '$.items',
        MaxConcurrency: 0,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Item',
          States: { Item: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  };
}
