/** The languages the app speaks, each named in its own language. */
export const LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;
export type Locale = (typeof LOCALES)[number]['code'];
