// The shell's own loads (school, children): like useLoad, but before the
// teacher context exists, so the error wording is passed in.
import { useCallback, useEffect, useState } from 'react';

export function useLoadOnce<T>(load: () => Promise<T>, describeError: (error: unknown) => string) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (!live) return;
        setValue(loaded);
        setError(undefined);
      },
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [load, generation, describeError]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { value, error, reload };
}
