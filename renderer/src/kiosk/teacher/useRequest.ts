// Loading and acting against the server without ever throwing into React:
// every failure becomes a message the section shows next to what failed.
import { useCallback, useEffect, useState } from 'react';
import { useTeacher } from './TeacherContext';

export interface Loaded<T> {
  value: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/** Runs `load` (keep it stable with useCallback) on mount, when it changes and on reload(). */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const { describeError } = useTeacher();
  const [state, setState] = useState<{ value?: T; error?: string; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setState((current) => ({ ...current, loading: true }));
    load().then(
      (value) => live && setState({ value, loading: false }),
      (error: unknown) =>
        live &&
        setState((current) => ({ value: current.value, error: describeError(error), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [load, generation, describeError]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { value: state.value, error: state.error, loading: state.loading, reload };
}

export interface Action {
  busy: boolean;
  error: string | undefined;
  done: string | undefined;
  /** Runs one request; resolves with its value, or undefined after showing why it failed. */
  run<T>(request: () => Promise<T>, doneText?: string): Promise<T | undefined>;
  clear(): void;
}

export function useAction(): Action {
  const { describeError } = useTeacher();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const run = useCallback(
    async <T>(request: () => Promise<T>, doneText?: string): Promise<T | undefined> => {
      setBusy(true);
      setError(undefined);
      setDone(undefined);
      try {
        const value = await request();
        setDone(doneText);
        return value;
      } catch (failure) {
        setError(describeError(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [describeError],
  );
  const clear = useCallback(() => {
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, done, run, clear };
}
