import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTrace } from './runTrace.ts';
import { learnSteps } from './steps.ts';

/** Learn traces an SD-JWT with verifySdJwt: each Disclosure hashed and found, then sd_hash. */
const rfc = JSON.parse(readFileSync(new URL('../../../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8'));

describe('Learn on an SD-JWT', () => {
  it('RFC 9901 §5.2: the steps of every Disclosure and of the KB-JWT', async () => {
    const token: string = rfc.tokens.find((t: { section: string }) => t.section === '5.2').text;
    const run = await runTrace({ token, keyText: JSON.stringify(rfc.issuerPublicKey), keyEncoding: 'utf8' });
    expect(run.ok).toBe(true);
    const ids = run.trace.steps.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['sd-split', 'split']);
    expect(ids).toEqual(expect.arrayContaining(['sd-alg', 'disclosure-0', 'disclosure-3', 'sd-claims', 'kb-sd-hash', 'kb-signature', 'kb-checks', 'sd-verdict']));
    const givenName = run.trace.steps.find((s) => s.id.startsWith('disclosure-') && s.values.some((v) => v.text === 'WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd'))!;
    expect(givenName.values.find((v) => v.name.endsWith('.digest'))?.text).toBe('jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4');
    expect(givenName.values.find((v) => v.name.endsWith('.foundAt'))?.text).toBe('/_sd/7 of the Issuer-signed payload');
    expect(learnSteps(run.trace).steps.length).toBe(run.trace.steps.length);
  });
});
