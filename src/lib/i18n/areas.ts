/**
 * Where each area's English goes: "core" is in the first load (the shell, the status words);
 * "decode" (the Decode screen and the pieces it shares) is a small chunk fetched before the first
 * render; "screens" comes with the lazy screens. Spanish is one chunk with everything. Read by
 * scripts/compile-messages.ts and the catalogue tests, never by the page.
 */
export const AREAS = {
  shell: 'decode',
  common: 'decode',
  decode: 'decode',
  examples: 'decode',
  examplesLearn: 'screens',
  decodeReasons: 'screens',
  verdict: 'decode',
  reasons: 'screens',
  encode: 'screens',
  keys: 'screens',
  learn: 'screens',
} as const;
export type Area = keyof typeof AREAS;
