/**
 * The app's words in English and Spanish through Lingui (@lingui/core) with compiled catalogues.
 *
 * Why Lingui, without its macros: the runtime is ~3 KB gzipped (i18next + react-i18next cost
 * ~17.8 KB in the first load, over the 150 KB budget), messages are ICU MessageFormat (plurals,
 * `{n, number}`, `{d, date}` through the platform's Intl), and a compiled catalogue needs no parser
 * in the page. The macros need a Babel or SWC transform, and this build has neither
 * (@vitejs/plugin-react 6 runs on Oxc): explicit ids through `i18n._` keep the build as it is, and
 * the ids are typed from the English source (messages/en/), so a missing id does not compile.
 *
 * Catalogues: the runtime and the English of the shell and the Decode screen (`compiled/en-core.json`,
 * `en-decode.json`) are in the first load, so an English visitor's first render waits for nothing
 * (scripts/size.mjs counts them); the other screens' English (`en-screens.json`) comes with their
 * lazy chunks; Spanish splits the same way (`es-decode.json` is fetched before the first render when
 * the person's choice or browser asks for it, `es-screens.json` with the lazy screens), and all of it
 * when they pick it. `npm run i18n:compile` writes
 * compiled/ from messages/ (a unit test fails when they disagree).
 */
import { setupI18n, type Messages } from '@lingui/core';
import core from './compiled/en-core.json';
import decodeWords from './compiled/en-decode.json';
import { LOCALES, type Locale } from './locales.ts';
import { setWording } from './verdict-core.ts';
import type { MessageId } from './ids.ts';

export { LOCALES, type Locale } from './locales.ts';

const STORAGE_KEY = 'jose-lab:language';

const lingui = setupI18n({ locale: 'en', messages: { en: { ...core, ...decodeWords } as unknown as Messages } });
const listeners = new Set<() => void>();
lingui.on('change', () => listeners.forEach((listener) => listener()));

/** The one i18n instance, as the rest of src/lib/i18n uses it. */
export const i18n = {
  _: (id: string, values?: Record<string, unknown>): string => lingui._(id, values),
  get locale(): string {
    return lingui.locale;
  },
  on(_event: 'change', listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  load: (locale: string, messages: Messages) => lingui.load(locale, messages),
  activate: (locale: string) => lingui.activate(locale),
};

/** Whether `id` names a message of the current language's loaded catalogue (ids built from data). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(lingui.messages, id);
}

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l.code === value);
}

/**
 * The stored choice, else the first of the browser's languages we have (by primary subtag, so
 * es-MX and es-419 read Spanish), else English.
 */
export function detectLocale(stored: string | null, browser: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const loaded = new Set<string>(['en-core', 'en-decode']);

type Bundle = 'en-screens' | 'es' | 'es-screens';
const BUNDLES: Record<Bundle, () => Promise<{ default: unknown }>> = {
  'en-screens': () => import('./compiled/en-screens.json'),
  // The verdicts' wording comes with the Spanish words (English shows the engine's sentences). The
  // engine's messages in Spanish (~10 KB) are not waited for: the components that quote them ask for
  // them after the first render (useContentLocale(loadEngineWords)) and re-render when they arrive.
  es: () => Promise.all([import('./compiled/es-decode.json'), import('./verdict.ts')]).then(([m, wording]) => {
    setWording(wording.reasonText);
    return m;
  }),
  'es-screens': () => import('./compiled/es-screens.json'),
};

async function loadBundle(name: Bundle): Promise<void> {
  if (loaded.has(name)) return;
  const bundle = await BUNDLES[name]();
  i18n.load(name.startsWith('es') ? 'es' : 'en', bundle.default as Messages);
  loaded.add(name);
}

/**
 * The words of the lazy screens (Encode, Keys, Learn) in the current language: their lazy loaders
 * await this with their chunk, so a screen never renders an id.
 */
export function loadScreenMessages(): Promise<void> {
  return loadBundle(lingui.locale === 'es' ? 'es-screens' : 'en-screens');
}

function follow(locale: Locale): void {
  document.documentElement.lang = locale;
}

/** Starts in the detected language; resolves once its catalogue is in (English: at once, nothing to fetch). */
export async function initI18n(): Promise<void> {
  const wanted = detectLocale(storedLocale(), navigator.languages ?? [navigator.language]);
  if (wanted !== 'en') {
    try {
      await loadBundle(wanted);
      i18n.activate(wanted);
    } catch {
      // The Spanish chunk could not load (offline before the service worker cached it): stay in English.
    }
  }
  follow(i18n.locale as Locale);
}

/** The person's choice: loads the catalogue, switches, and remembers it (a preference, not a secret). */
export async function setLocale(locale: Locale): Promise<void> {
  // Every screen's words of the new language: the screens already visited stay mounted.
  await (locale === 'es' ? Promise.all([loadBundle('es'), loadBundle('es-screens')]) : loadBundle('en-screens'));
  i18n.activate(locale);
  follow(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.locale) ? i18n.locale : 'en';
}
