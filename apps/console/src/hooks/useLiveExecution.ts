import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { getExecution, historyAfter } from '../api/executions';
import type { Execution, HistoryEvent } from '../api/types';
import { analyseHistory, type HistoryAnalysis } from '../history/analyse-history';

export const POLL_MS = 1000;
const isLive = (e?: Execution) => e?.status === 'RUNNING' || e?.status === 'PENDING_REDRIVE';

export type LiveExecution = {
  execution?: Execution;
  events: HistoryEvent[];
  analysis: HistoryAnalysis;
  error?: Error;
  loading: boolean;
  live: boolean;
  /** Fetches again now (after a redrive or a stop), and keeps polling while it runs. */
  refresh: () => void;
};

/**
 * An execution and its history, polled every second while it runs: each poll asks only for the
 * events after the last one seen, so a long history is read once.
 */
export function useLiveExecution(key: string): LiveExecution {
  const [execution, setExecution] = useState<Execution>();
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [kick, setKick] = useState(0);
  const lastId = useRef(0);

  useEffect(() => {
    lastId.current = 0;
    setEvents([]);
    setExecution(undefined);
    setError(undefined);
    setLoading(true);
  }, [key]);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const e = await getExecution(key);
        const fresh = await historyAfter(key, lastId.current);
        if (cancelled) return;
        if (fresh.length > 0) {
          lastId.current = fresh[fresh.length - 1].id;
          setEvents((old) => [...old, ...fresh.filter((f) => f.id > (old[old.length - 1]?.id ?? 0))]);
        }
        setExecution(e);
        setError(undefined);
        setLoading(false);
        if (isLive(e)) timer = setTimeout(tick, POLL_MS);
      } catch (err) {
        if (cancelled) return;
        setError(err as Error);
        setLoading(false);
        // A missing execution stays missing; anything else (the service restarting) is tried again.
        if (!(err instanceof ApiError && err.status === 404)) timer = setTimeout(tick, POLL_MS * 3);
      }
    };
    void tick();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, kick]);

  const analysis = useMemo(() => analyseHistory(events), [events]);
  const refresh = useCallback(() => setKick((k) => k + 1), []);
  return { execution, events, analysis, error, loading, live: isLive(execution), refresh };
}
