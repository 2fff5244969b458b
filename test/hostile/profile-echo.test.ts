/**
 * The profile checks, best practices and key documents repeat claims, header members and URLs in
 * their messages: a 100 KB value must show as echo() shows it (200 characters and its length), not
 * whole. Before, checkProfile's typ/iss/aud/jti/htu/azp/sd_hash/events messages and readKeyDocument's
 * issuer messages held the whole value.
 */
import { describe, expect, it } from 'vitest';
import { bestPractices, checkProfile, readKeyDocument, type ProfileName } from '../../src/jose/index.ts';
import { unsecured } from '../profiles/helpers.ts';

const HUGE = 'x'.repeat(100_000);
const BOUND = 2_000;
const longest = (messages: string[]) => Math.max(...messages.map((m) => m.length));

describe('profile messages echo a 100 KB value bounded', () => {
  const claims = {
    iss: HUGE, sub: HUGE, aud: [HUGE], jti: HUGE, azp: HUGE, nonce: HUGE, htu: `https://a.example/${HUGE}`, htm: 'POST', ath: HUGE,
    sd_hash: HUGE, vct: HUGE, client_id: HUGE, sid: HUGE, events: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`${HUGE}${i}`, 'no'])),
    at_hash: HUGE, c_hash: HUGE, iat: 1, exp: 2, nbf: 1,
  };
  const profiles: ProfileName[] = ['id_token', 'at+jwt', 'dpop+jwt', 'logout+jwt', 'secevent+jwt', 'client-assertion', 'kb+jwt', 'dc+sd-jwt', 'jwt'];

  it.each(profiles)('checkProfile as %s, with a 100 KB typ, alg and every claim', async (profile) => {
    const token = unsecured({ alg: HUGE, typ: HUGE, zip: HUGE, crit: [HUGE] }, claims);
    const context = { profile, issuer: HUGE, clientId: `${HUGE}y`, audience: HUGE, nonce: `${HUGE}z`, sdHash: HUGE, dpop: { htu: `https://b.example/${HUGE}`, htm: 'GET' } };
    const result = await checkProfile(token, context);
    expect(result.checks.length).toBeGreaterThan(2);
    expect(longest(result.checks.map((c) => c.message))).toBeLessThan(BOUND);
    expect(result.reason.length).toBeLessThan(BOUND);
  });

  it('bestPractices, with the same token', () => {
    const rules = bestPractices(unsecured({ alg: HUGE, typ: HUGE, zip: HUGE, crit: [HUGE], enc: HUGE }, claims));
    expect(longest(rules.map((r) => r.message))).toBeLessThan(BOUND);
  });

  it('readKeyDocument: an issuer or URL of 100 KB', async () => {
    const messages: string[] = [];
    for (const [text, url] of [
      [JSON.stringify({ issuer: HUGE, jwks_uri: 'https://a.example/jwks' }), 'https://a.example/.well-known/openid-configuration'],
      [JSON.stringify({ issuer: 'https://a.example', jwks_uri: `ftp://${HUGE}` }), undefined],
      ['{"keys":[]}', `https://a.example/${HUGE}`],
    ] as const) {
      try {
        const doc = await readKeyDocument(text, url === undefined ? {} : { url });
        messages.push(...doc.findings.map((f) => f.message));
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    expect(longest(messages)).toBeLessThan(BOUND);
  });
});

describe('profile checks read untrusted members without calling them', () => {
  it('bestPractices and checkProfile with {"toString":1} as "alg" or "enc": checks, not a TypeError', async () => {
    const token = unsecured({ alg: { toString: 1 }, typ: { toString: 1 } }, { iss: 'https://op.example' });
    expect(bestPractices(token).find((r) => r.id === 'alg_allowlist')?.ok).toBe(false);
    for (const profile of ['id_token', 'dpop+jwt', 'jwt'] as const) {
      expect((await checkProfile(token, { profile, nonce: 'n', dpop: { htu: 'https://a.example', htm: 'GET', accessToken: 'x' } })).checks.find((c) => c.id === 'alg')?.ok).toBe(false);
    }
  });

  it('an unregistered "alg" is not called "a current algorithm"', () => {
    const rule = bestPractices(unsecured({ alg: 'XS256' }, {})).find((r) => r.id === 'appropriate_algorithms')!;
    expect(rule.ok).toBe('n/a');
    expect(rule.message).toMatch(/"XS256" is not a registered algorithm/);
  });
});
