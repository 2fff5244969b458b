import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { AREAS, type Area } from './areas.ts';
import { compileBundles, SOURCES } from './compile.ts';
import { detectLocale } from './i18n.ts';

const AREA_NAMES = Object.keys(AREAS) as Area[];
const all = (locale: 'en' | 'es') => new Map(AREA_NAMES.flatMap((area) => Object.entries(SOURCES[locale][area])));
const en = all('en');
const es = all('es');

/** The parameters a message takes, read off Lingui's compiled form (plural and select branches too). */
function params(text: string): string[] {
  const names = new Set<string>();
  // A compiled message is a list of parts: text, or a parameter [name, format?, branches?] whose
  // branches are lists of parts again.
  const walk = (part: unknown): void => {
    if (!Array.isArray(part) || typeof part[0] !== 'string') return;
    names.add(part[0]);
    const branches = part[2] as Record<string, unknown[]> | undefined;
    if (branches && typeof branches === 'object') for (const branch of Object.values(branches)) if (Array.isArray(branch)) for (const p of branch) walk(p);
  };
  for (const part of compileMessage(text) as unknown[]) walk(part);
  return [...names].sort();
}

/**
 * Texts that are the same in both languages on purpose (JOSE words Spanish keeps, pure
 * punctuation around parameters). Any other Spanish message must differ from its English, so an
 * untranslated copy is caught.
 */
const SAME_IN_BOTH = new Set<string>(['Claims', 'Disclosures', 'Bytes', 'Claim', 'JSON (general)', '{n} bits', '{key} (kid {kid})', '{reason}; {step}', '{copied} ({what}):', 'exp +5 min', 'exp +1 h', '{segment}: {n} bytes', '{label}: {error}', '{bits} bits ({bytes} bytes)', '{bits} bits', 'Disclosure', '{n, plural, one {{n} byte} other {{n} bytes}}', '(bytes {start}–{end}']);
/** Parameters only English grammar needs ("a" or "an" before a spoken number): Spanish may leave them out. */
const ENGLISH_GRAMMAR = new Set(['vowel']);

describe('the message catalogues', () => {
  it('have every message in both languages, and no other', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('give no id to two messages (in two areas)', () => {
    expect(en.size).toBe(AREA_NAMES.reduce((n, area) => n + Object.keys(SOURCES.en[area]).length, 0));
  });

  it('have no empty message', () => {
    for (const [lang, messages] of [['en', en], ['es', es]] as const) for (const [id, text] of messages) expect(text.trim(), `${lang} ${id}`).not.toBe('');
  });

  it('give each message the same parameters in both languages', () => {
    for (const [id, text] of en) expect(params(es.get(id) ?? ''), id).toEqual(params(text).filter((p) => !ENGLISH_GRAMMAR.has(p)));
  });

  it('leave no English message untranslated in Spanish', () => {
    for (const [id, text] of es) if (!SAME_IN_BOTH.has(text)) expect(text, id).not.toBe(en.get(id));
  });

  it('are compiled: src/lib/i18n/compiled/ is what `npm run i18n:compile` writes from messages/', () => {
    for (const [name, messages] of Object.entries(compileBundles())) {
      const committed: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, 'compiled', `${name}.json`), 'utf8'));
      expect(committed, `${name}.json is stale: run npm run i18n:compile`).toEqual(messages);
    }
  });
});

describe('detectLocale', () => {
  it('takes a stored choice first, then the first browser language we have, then English', () => {
    expect(detectLocale('es', ['en-US'])).toBe('es');
    expect(detectLocale('en', ['es-ES'])).toBe('en');
    expect(detectLocale(null, ['es-419', 'en'])).toBe('es');
    expect(detectLocale(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLocale(null, ['de-DE', 'fr'])).toBe('en');
    expect(detectLocale('klingon', ['ES'])).toBe('es');
  });
});
