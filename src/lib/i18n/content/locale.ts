/**
 * The languages the prose tables (explanations, lessons, Learn steps, engine messages) are written
 * in, and the one way they are loaded: the English text ships with the code that uses it, every
 * other language is a separate chunk fetched once, on the first switch to it, so English readers
 * never download Spanish and the first load stays within its budget.
 */
export type ContentLocale = 'en' | 'es';

export const CONTENT_LOCALES: readonly ContentLocale[] = ['en', 'es'];

/** A table in another language than English: `load()` fetches it once; `get()` is undefined until then. */
export interface LazyContent<T> {
  load(): Promise<T>;
  get(): T | undefined;
}

/**
 * Wraps a dynamic import so every caller shares one fetch, and synchronous code can read the table
 * once it is there (the pattern of an i18n catalogue: activate, then translate synchronously).
 *
 * @example
 * const spanish = lazyContent(() => import('./explain.es.ts').then((m) => m.EXPLAIN_ES));
 * await spanish.load();
 * spanish.get(); // the Spanish table
 */
export function lazyContent<T>(importer: () => Promise<T>): LazyContent<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importer().then((v) => (value = v), (error: unknown) => {
        pending = undefined; // a failed fetch (offline before the chunk was cached) may be retried
        throw error;
      });
      return pending;
    },
    get: () => value,
  };
}
