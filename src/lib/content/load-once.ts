/**
 * A loader that does its work once per build: every page that asks gets the same promise, so a
 * collection's rules run once, whichever page asks first.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
