import type * as MonacoApi from 'monaco-editor/editor/editor.api';

export type Monaco = typeof MonacoApi;

let monacoPromise: Promise<Monaco> | undefined;

/** Loads Monaco once, after first paint; every editor awaits the same promise. */
export function loadMonaco(): Promise<Monaco> {
  monacoPromise ??= import('./monaco-setup.ts').then((m) => m.monaco as unknown as Monaco);
  return monacoPromise;
}
