import { describe, expect, it } from 'vitest';
import { exampleById, LEARN_EXAMPLES } from './examples.ts';
import { runTrace } from './runTrace.ts';
import { learnSteps } from './steps.ts';

/** Learn on the RFC 9901 worked examples: each Disclosure's check explained, its hash input shown as the text it is. */
describe('Learn: the steps of checking a Disclosure and the KB-JWT sd_hash', () => {
  it('offers the RFC 9901 examples among the worked examples', () => {
    expect(LEARN_EXAMPLES.filter((e) => e.kind === 'SD-JWT').map((e) => e.source)).toEqual(expect.arrayContaining(['RFC 9901 §5.1', 'RFC 9901 §5.2', 'RFC 9901 Appendix A.1', 'RFC 9901 Appendix A.3']));
  });

  it('RFC 9901 §5.2: given_name — base64url text → hash → digest → found at /_sd/7', async () => {
    const example = exampleById('rfc9901-5.2-presentation')!;
    const run = await runTrace({ token: example.token, keyText: example.keyText, keyEncoding: example.keyEncoding });
    const { steps, failedAt } = learnSteps(run.trace);
    expect(failedAt).toBeUndefined();
    const given = steps.find((s) => s.values.some((v) => v.text === '["2GLC42sKQveCfGfryNRN9w","given_name","John"]'))!;
    const input = given.values.find((v) => v.name.endsWith('.hashInput'))!;
    expect(input.format).toBe('ascii');
    expect(input.text).toBe('WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd');
    expect(given.explanation.join(' ')).toContain('found at /_sd/7 of the Issuer-signed payload, so its claim goes to /given_name');
    const sdHash = steps.find((s) => s.id === 'kb-sd-hash')!;
    expect(sdHash.explanation.join(' ')).toMatch(/reordering a Disclosure changes that text/);
    expect(sdHash.values.find((v) => v.name === 'kb.hashInput')?.format).toBe('ascii');
    // The KB-JWT is a JWS: its signature steps get the JWS sentences.
    expect(steps.find((s) => s.id === 'kb-split')?.explanation.length).toBeGreaterThan(0);
  });
});
