/**
 * Runs `run` (sync or async) and hands any exception, thrown or rejected, to `onError`
 * instead of letting it reach the page. The returned promise never rejects.
 */
export function guarded(run: () => unknown, onError: (error: unknown) => void): Promise<void> {
  try {
    return Promise.resolve(run()).then(
      () => {},
      (error) => onError(error),
    );
  } catch (error) {
    onError(error);
    return Promise.resolve();
  }
}
