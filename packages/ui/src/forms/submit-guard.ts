import { useCallback, useRef, useState } from 'react';

/**
 * Runs one submission at a time. A second tap while the first is in flight is ignored (returns false) rather than
 * queued: on a slow connection an impatient second tap must not send the form twice. The flag is set before the
 * first await, so two taps in the same frame (before React re-renders a disabled button) still send once.
 */
export function createSubmitGuard() {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    async run(task: () => Promise<unknown>): Promise<boolean> {
      if (busy) return false;
      busy = true;
      try {
        await task();
        return true;
      } finally {
        busy = false;
      }
    },
  };
}

/**
 * The guard for a form component: `submit(task)` runs `task` unless one is running; `pending` re-renders the
 * button as busy. Errors are the task's to handle (a mutation's onError); a throw here only frees the guard.
 */
export function useSubmitGuard() {
  const guard = useRef(createSubmitGuard());
  const [pending, setPending] = useState(false);
  const submit = useCallback(async (task: () => Promise<unknown>) => {
    const ran = guard.current.run(async () => {
      setPending(true);
      try {
        await task();
      } finally {
        setPending(false);
      }
    });
    return ran;
  }, []);
  return { submit, pending };
}
