/**
 * Profile checks and best-practice rules say the same thing in Spanish as in English, built from the
 * same code + params:
 * - the English rebuilt from code + params (profile-messages.en.ts) equals the engine's message for
 *   every check reached here (every profile forced on every scenario token, four contexts, and
 *   bestPractices with and without a verify/decrypt result), so a value missing from params fails;
 * - every code has Spanish, and the Spanish of every reached check shows every value its params
 *   carry (quoted values, algorithms, URLs, sizes, dates through Intl in Spanish).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import { bestPractices } from '../../src/jose/profiles/best-practices.ts';
import { PROFILE_MESSAGE_CODES } from '../../src/jose/profiles/message-codes.ts';
import { PROFILE_NAMES, type ProfileCheck } from '../../src/jose/profiles/types.ts';
import type { BestPracticeRule } from '../../src/jose/profiles/best-practices-types.ts';
import { FINDING_CODES } from '../../src/jose/lib/finding-codes.ts';
import { checkMessage, loadProfileMessages, practiceTitle } from '../../src/lib/i18n/content/profile-messages.ts';
import { PROFILE_MESSAGES_EN } from '../../src/lib/i18n/content/profile-messages.en.ts';
import { CONTEXT_FIELDS_ES, PROFILE_MESSAGES_ES, PROFILE_TITLES_ES, PRACTICE_TITLES_ES } from '../../src/lib/i18n/content/profiles-es/index.ts';
import { CONTEXT_FIELDS, PROFILE_TITLES } from '../../src/features/decoder/profile/names.ts';
import { contexts, scenarios } from './message-scenarios.ts';

interface Reached {
  where: string;
  check: ProfileCheck;
}

const reached: Reached[] = [];

beforeAll(async () => {
  const all = await contexts();
  for (const s of await scenarios()) {
    for (const rule of bestPractices(s.token, s.result)) reached.push({ where: `${s.name} / best practices`, check: rule });
    for (const profile of [undefined, ...PROFILE_NAMES]) {
      for (const [i, ctx] of all.entries()) {
        let result;
        try {
          result = await checkProfile(s.token, { ...ctx, ...(profile ? { profile } : {}) });
        } catch {
          continue; // ERR_MALFORMED (a JSON-serialized token as a KB-JWT…): no checks to word
        }
        reached.push({ where: `${s.name} / ${result.profile} / context ${i} / reason`, check: { id: 'reason', ok: true, level: 'should', ref: { label: '', url: '' }, message: result.reason, code: result.reasonCode, params: result.reasonParams } });
        for (const check of result.checks) reached.push({ where: `${s.name} / ${result.profile} / context ${i}${profile ? '' : ' (detected)'}`, check });
      }
    }
  }
  await loadProfileMessages('es');
}, 60_000);


describe('profile and best-practice messages', () => {
  it('reaches every code, or names it here', () => {
    const codes = new Set(reached.map((r) => r.check.code).filter(Boolean));
    const unreached = PROFILE_MESSAGE_CODES.filter((c) => !codes.has(c));
    expect(unreached).toEqual(UNREACHED);
  });

  it('gives a code to every check of every profile and every rule', () => {
    const uncoded = new Set(reached.filter((r) => !r.check.code).map((r) => `${r.where.split(' / ')[1]}: ${r.check.id}`));
    expect([...uncoded].sort()).toEqual([]);
  });

  it('rebuilds the engine English from code + params for every check reached', () => {
    let compared = 0;
    for (const { where, check } of reached) {
      if (!check.code) continue;
      if (check.code === 'finding') {
        expect(FINDING_CODES as readonly unknown[], where).toContain(check.params?.finding);
        continue;
      }
      if (check.code === 'problem') {
        expect(check.params?.problem, where).toBe('NOT_UTF8');
        continue;
      }
      if (check.code === 'error') {
        expect(check.params?.error, where).toMatch(/^ERR_/);
        continue;
      }
      const en = PROFILE_MESSAGES_EN[check.code];
      expect(en, `English rebuild for ${check.code}`).toBeDefined();
      expect(en!(check.params ?? {}), `${where}: ${check.code} ${JSON.stringify(check.params)}`).toBe(check.message);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('has a Spanish wording for every code, and a title for every rule', () => {
    expect(Object.keys(PROFILE_MESSAGES_ES).sort()).toEqual(PROFILE_MESSAGE_CODES.filter((c) => c !== 'finding' && c !== 'error' && c !== 'problem').sort());
    for (const { check } of reached) if ('title' in check) expect(PRACTICE_TITLES_ES[check.id], check.id).toBeDefined();
    const rule = reached.find((r) => r.check.id === 'alg_allowlist')!.check as BestPracticeRule;
    expect(practiceTitle(rule, 'es')).toBe('Verifica el algoritmo');
    expect(practiceTitle(rule, 'en')).toBe(rule.title);
  });

  it('words every reached check in Spanish, with every value its params carry', () => {
    const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' });
    // Params that are words the Spanish translates (profile names, JSON types, English phrases).
    const translated = new Set(['what', 'profile', 'other', 'type', 'actual', 'hint', 'prefixed', 'variant', 'asymmetric', 'why', 'missing', 'wrong', 'source', 'label', 'trusted', 'key', 'keyType', 'salt', 'finding', 'error', 'problem', 'cap', 'names', 'reason', 'given', 'ascii', 'inner', 'query', 'to', 'kind', 'count', 'member']);
    for (const { where, check } of reached) {
      if (!check.code) continue;
      const es = checkMessage(check, 'es');
      expect(es, `${where}: ${check.code} is still English`).not.toBe(check.message);
      expect(checkMessage(check, 'en')).toBe(check.message);
      for (const [name, value] of Object.entries(check.params ?? {})) {
        if (translated.has(name) || value === '' || typeof value === 'boolean') continue;
        // A quoted finding or JoseError: the engine table's own test (engine-messages.test.ts) checks its params.
        if (['finding', 'error', 'problem'].includes(check.code) || check.params?.error !== undefined) continue;
        if (check.params?.keyType !== undefined && ['kty', 'crv', 'keyAlg', 'bits'].includes(name)) continue; // the key, worded whole
        const shown = name === 'time' || name === 'now' ? date.format(new Date(String(value))) : typeof value === 'number' ? value.toLocaleString('es') : String(value);
        expect(es, `${where}: ${check.code} lacks ${name} = ${shown}`).toContain(shown);
      }
    }
  });

  it('names every profile and context input in Spanish, each label unique', () => {
    expect(Object.keys(PROFILE_TITLES_ES).sort()).toEqual(Object.keys(PROFILE_TITLES).sort());
    expect(Object.keys(CONTEXT_FIELDS_ES).sort()).toEqual(Object.keys(CONTEXT_FIELDS).sort());
    const labels = Object.values(CONTEXT_FIELDS_ES).map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('words a quoted finding with the finding table', () => {
    const weak = reached.find((r) => r.check.code === 'finding' && r.check.params?.finding === 'WEAK_HMAC_SECRET');
    expect(weak).toBeDefined();
    const es = checkMessage(weak!.check, 'es');
    expect(es).not.toBe(weak!.check.message);
    expect(es).toContain(String(weak!.check.params!.bytes));
  });
});

/**
 * Codes no scenario here reaches: "compact.chars" (a compact token with other characters is not read
 * as a JWS at all), "strength.shortRsa" (an RSA key under 2048 bits always carries KEY_RSA_SHORT,
 * quoted as a finding first), "problem" (a header that is not UTF-8 makes bestPractices throw
 * ERR_MALFORMED before the rule runs).
 */
const UNREACHED: string[] = ['bp.compact.chars', 'bp.strength.shortRsa', 'problem'];
