import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleById, LEARN_EXAMPLES } from './examples.ts';
import { runTrace } from './runTrace.ts';
import { learnSteps, refLink, valueText, type LearnSteps } from './steps.ts';
import { base64urlEncode, concatBytes } from '../../jose/index.ts';

const vectors = (path: string) => JSON.parse(readFileSync(new URL(`../../../test/vectors/${path}`, import.meta.url), 'utf8'));

/** Every value of every step as the page prints it, in one mode. */
function printed(steps: LearnSteps, hex: boolean): string[] {
  return steps.steps.flatMap((s) => s.values.flatMap((v) => [valueText(v, hex), ...(v.text !== undefined ? [v.text] : []), ...(v.utf8 !== undefined ? [v.utf8] : [])]));
}

async function stepsOf(exampleId: string, token?: string) {
  const example = exampleById(exampleId)!;
  const run = await runTrace({ token: token ?? example.token, keyText: example.keyText, keyEncoding: example.keyEncoding });
  return { run, steps: learnSteps(run.trace) };
}

/** Changes the first character of the last segment: a different tag or signature, still canonical base64url. */
function tamperLast(token: string): string {
  const at = token.lastIndexOf('.') + 1;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

describe('every example opens', () => {
  it.each(LEARN_EXAMPLES.filter((e) => e.id !== 'seed-unsecured').map((e) => [e.id]))('%s verifies or decrypts with its key', async (id) => {
    const { run, steps } = await stepsOf(id);
    expect(run.error).toBeUndefined();
    expect(steps.failedAt).toBeUndefined();
    expect(steps.steps.length).toBeGreaterThan(3);
    for (const s of steps.steps) {
      expect(s.ref?.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d{4}/);
      expect(s.heading.length).toBeGreaterThan(3);
    }
  });
});

describe('RFC 7520 JWS: the signing input and the digest or MAC appear exactly', () => {
  it.each([
    ['4.1', '4_1.rsa_v15_signature.json', ['split', 'header', 'payload', 'signing-input', 'digest', 'signature', 'verdict']],
    ['4.2', '4_2.rsa-pss_signature.json', ['split', 'header', 'payload', 'signing-input', 'digest', 'signature', 'verdict']],
    ['4.3', '4_3.ecdsa_signature.json', ['split', 'header', 'payload', 'signing-input', 'digest', 'signature', 'verdict']],
    ['4.4', '4_4.hmac-sha2_integrity_protection.json', ['split', 'header', 'payload', 'signing-input', 'digest', 'signature', 'verdict']],
  ])('§%s', async (section, file, ids) => {
    const v = vectors(`rfc7520/jws/${file}`);
    const { steps } = await stepsOf(`rfc7520-${section}`);
    expect(steps.steps.map((s) => s.id)).toEqual(ids);
    const all = printed(steps, false);
    expect(all).toContain(v.signing['sig-input']);
    expect(all).toContain(v.signing.protected_b64u);
    expect(all).toContain(v.signing.sig);
    const signingInput = steps.steps.find((s) => s.id === 'signing-input')!.values[0]!;
    expect(signingInput.format).toBe('ascii');
    if (section === '4.4') expect(steps.steps.find((s) => s.id === 'digest')!.values.map((x) => valueText(x, false))).toContain(v.signing.sig);
    if (section === '4.3') {
      // r and s are the two halves of the JWS signature R||S (66 bytes each for P-521).
      const digest = steps.steps.find((s) => s.id === 'digest')!;
      expect(digest.values.map((x) => x.name)).toEqual(expect.arrayContaining(['r', 's', 'der']));
      const r = digest.values.find((x) => x.name === 'r')!.bytes!;
      const s = digest.values.find((x) => x.name === 's')!.bytes!;
      expect(r.length).toBe(66);
      expect(base64urlEncode(concatBytes(r, s))).toBe(v.signing.sig);
    }
    if (section === '4.1') expect(steps.steps.find((s) => s.id === 'digest')!.values.map((x) => x.name)).toContain('digestInfo');
    if (section === '4.2') expect(steps.steps.find((s) => s.id === 'digest')!.values.find((x) => x.name === 'saltLength')?.text).toBe('48');
  });
});

describe('RFC 7520 JWE: CEK, IV, encrypted key, tag and derived values appear exactly', () => {
  it.each([
    ['5.1', '5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json'],
    ['5.2', '5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json'],
    ['5.3', '5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json'],
    ['5.4', '5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json'],
    ['5.5', '5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json'],
    ['5.6', '5_6.direct_encryption_using_aes-gcm.json'],
    ['5.7', '5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json'],
    ['5.8', '5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json'],
    ['5.9', '5_9.compressed_content.json'],
    ['5.10', '5_10.including_additional_authentication_data.json'],
  ])('§%s', async (section, file) => {
    const v = vectors(`rfc7520/jwe/${file}`);
    const { steps } = await stepsOf(`rfc7520-${section}`);
    const all = printed(steps, false);
    const cek = v.generated.cek ?? v.encrypting_key?.cek ?? v.input.key.k;
    expect(all).toContain(cek);
    expect(all).toContain(v.generated.iv);
    expect(all).toContain(v.encrypting_content.tag);
    expect(all).toContain(v.encrypting_content.ciphertext);
    if (v.encrypting_key?.encrypted_key) expect(all).toContain(v.encrypting_key.encrypted_key);
    if (v.encrypting_content.protected_b64u) expect(all.join('\n')).toContain(v.encrypting_content.protected_b64u); // in the AAD, as ASCII
    if (v.encrypting_key?.salt) expect(all).toContain(v.encrypting_key.salt);
    if (v.encrypting_key?.iteration_count) expect(all).toContain(String(v.encrypting_key.iteration_count));
    if (v.encrypting_key?.epk) expect(all.join('\n')).toContain(v.encrypting_key.epk.x);
    if (v.generated.plaintext_c) expect(all).toContain(v.generated.plaintext_c);
    expect(all).toContain(v.input.plaintext);
    // Both tags are shown, computed beside received.
    const tags = steps.steps.flatMap((s) => s.values).filter((x) => x.name === 'tag.computed' || x.name === 'tag.received');
    expect(tags.filter((x) => x.name === 'tag.computed').map((x) => valueText(x, false))).toContain(v.encrypting_content.tag);
  });
});

describe('RFC 7516 Appendix B in hex', () => {
  it('A128CBC-HS256: K, MAC_KEY, ENC_KEY, P, E, A, AL, IV, HMAC input, M and T', async () => {
    const b = vectors('rfc-appendix/rfc7516-B-A128CBC-HS256-steps.json');
    const { steps } = await stepsOf('rfc7516-A.3');
    const all = printed(steps, true);
    for (const name of ['K', 'MAC_KEY', 'ENC_KEY', 'P', 'E', 'A', 'AL', 'IV', 'HMAC_INPUT', 'M', 'T']) expect(all, name).toContain(b[name]);
    expect(steps.steps.map((s) => s.id)).toEqual(['header', 'key-wrap', 'cek', 'aad', 'cek-split', 'tag-check', 'content-decryption', 'plaintext']);
  });
});

describe('RFC 7518 Appendix C and RFC 7517 Appendix C', () => {
  it('ECDH-ES: Z, the OtherInfo and the derived key are the RFC\'s', async () => {
    const c = vectors('rfc-appendix/rfc7518-C-ECDH-ES-KDF.json');
    const { steps } = await stepsOf('rfc7518-C');
    const all = printed(steps, false);
    expect(all).toContain(c.Z_b64u);
    expect(all).toContain(c.kdf.other_info_b64u);
    expect(all).toContain(c.expected.derived_key_b64u);
    expect(all).toContain('A128GCM');
    const kdf = steps.steps.find((s) => s.id === 'kdf')!;
    expect(kdf.values.map((x) => x.name)).toEqual(expect.arrayContaining(['kdf.otherInfo.algorithmId', 'kdf.otherInfo.partyUInfo', 'kdf.otherInfo.partyVInfo', 'kdf.otherInfo.suppPubInfo']));
  });

  it('PBES2: the salt input, the iteration count and the derived key are the RFC\'s', async () => {
    const c = vectors('rfc-appendix/rfc7517-C-PBES2-encrypted-jwk.json');
    const { steps } = await stepsOf('rfc7517-C');
    const all = printed(steps, false);
    expect(all).toContain(c.p2s_b64u);
    expect(all).toContain(c.pbkdf2_salt_b64u);
    expect(all).toContain(String(c.p2c));
    expect(all).toContain(c.pbkdf2_derived_key_b64u);
    expect(all).toContain(c.cek_b64u);
    expect(all).toContain(c.expected.tag_b64u);
  });
});

describe('a failure stops the list and says why', () => {
  it('a tampered CBC-HS tag stops at the tag check with both tags', async () => {
    const example = exampleById('rfc7520-5.1')!;
    const { run, steps } = await stepsOf('rfc7520-5.1', tamperLast(example.token));
    expect(run.ok).toBe(false);
    const last = steps.steps.at(-1)!;
    expect(steps.failedAt).toBe(steps.steps.length - 1);
    expect(last.id).toBe('tag-check');
    expect(last.status).toBe('failed');
    const computed = last.values.find((v) => v.name === 'tag.computed')!;
    const received = last.values.find((v) => v.name === 'tag.received')!;
    expect(valueText(computed, false)).toBe('kvKuFBXHe5mQr4lqgobAUg');
    expect(valueText(received, false)).toBe(tamperLast(example.token).split('.').at(-1));
    expect(last.error).toMatch(/tag/);
  });

  it('a tampered GCM tag stops at the content decryption with both tags', async () => {
    const example = exampleById('rfc7520-5.8')!;
    const { steps } = await stepsOf('rfc7520-5.8', tamperLast(example.token));
    const last = steps.steps.at(-1)!;
    expect(last.id).toBe('content-decryption');
    expect(last.status).toBe('failed');
    expect(last.values.map((v) => [v.name, valueText(v, false)])).toEqual([
      ['tag.computed', 'ER7MWJZ1FBI_NKvn7Zb1Lw'],
      ['tag.received', tamperLast(example.token).split('.').at(-1)],
    ]);
  });

  it('a tampered HMAC stops at the comparison with both MACs', async () => {
    const example = exampleById('rfc7520-4.4')!;
    const { steps } = await stepsOf('rfc7520-4.4', tamperLast(example.token));
    const last = steps.steps.at(-1)!;
    expect(last.id).toBe('signature');
    expect(last.status).toBe('failed');
    expect(last.values.map((v) => v.name)).toEqual(['mac.computed', 'mac.received']);
    expect(steps.steps.map((s) => s.id)).not.toContain('verdict');
  });

  it('RS256 over a changed payload: the DigestInfo inside the signature beside the computed one', async () => {
    const example = exampleById('rfc7520-4.1')!;
    const good = await stepsOf('rfc7520-4.1');
    const original = good.steps.steps.find((s) => s.id === 'digest')!.values.find((v) => v.name === 'digestInfo')!;
    const [h, p, sig] = example.token.split('.');
    const changed = `${h}.${p!.slice(0, 10)}${p![10] === 'A' ? 'B' : 'A'}${p!.slice(11)}.${sig}`;
    const { steps } = await stepsOf('rfc7520-4.1', changed);
    const last = steps.steps.at(-1)!;
    expect(last.id).toBe('signature');
    expect(last.status).toBe('failed');
    const recovered = last.values.find((v) => v.name === 'digestInfo.recovered')!;
    const computed = last.values.find((v) => v.name === 'digestInfo')!;
    expect(valueText(recovered, true)).toBe(valueText(original, true));
    expect(valueText(computed, true)).not.toBe(valueText(original, true));
    expect(valueText(recovered, true).slice(0, 38)).toBe('3031300d060960864801650304020105000420');
  });

  it('RS256 with a signature from another key: no PKCS #1 padding comes out, and the page says so', async () => {
    const example = exampleById('rfc7520-4.1')!;
    const { steps } = await stepsOf('rfc7520-4.1', tamperLast(example.token));
    const last = steps.steps.at(-1)!;
    expect(last.values.map((v) => v.name)).toContain('em');
    expect(last.values.map((v) => v.name)).not.toContain('digestInfo.recovered');
    expect(last.error).toMatch(/padded block/);
  });

  it('a key that does not unwrap the CEK stops at key management', async () => {
    const example = exampleById('rfc7520-5.8')!;
    const run = await runTrace({ token: example.token, keyText: '{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}', keyEncoding: 'utf8' });
    const steps = learnSteps(run.trace);
    expect(steps.steps.at(-1)!.id).toBe('key-wrap');
    expect(steps.steps.at(-1)!.error).toMatch(/unwrap/);
    expect(steps.steps.at(-1)!.values.map((v) => [v.name, valueText(v, false)])).toEqual([
      ['encryptedKey', 'CBI6oDw8MydIx1IBntf_lQcw2MmJKIQx'],
      ['kek', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ]);
    expect(run.keyDescription).toBeTruthy();
  });

  it('without a key the steps stop where a key is needed', async () => {
    const example = exampleById('rfc7520-4.1')!;
    const run = await runTrace({ token: example.token, keyText: '', keyEncoding: 'utf8' });
    const steps = learnSteps(run.trace);
    expect(steps.steps.map((s) => s.id).slice(0, 4)).toEqual(['split', 'header', 'payload', 'signing-input']);
    expect(steps.steps.at(-1)!.status).toBe('failed');
  });

  it('an unsigned JWT is refused at the header', async () => {
    const { steps } = await stepsOf('seed-unsecured');
    expect(steps.steps.at(-1)!.id).toBe('header');
    expect(steps.steps.at(-1)!.error).toMatch(/none/);
  });
});

describe('values and links', () => {
  it('links the RFC section named in a step', () => {
    expect(refLink('RFC 7516 §5.2 steps 1-4')?.url).toBe('https://www.rfc-editor.org/rfc/rfc7516#section-5.2');
    expect(refLink('RFC 7518 §4.4 / RFC 3394')?.url).toBe('https://www.rfc-editor.org/rfc/rfc7518#section-4.4');
    expect(refLink('RFC 7515 Appendix F')?.url).toBe('https://www.rfc-editor.org/rfc/rfc7515#appendix-F');
    expect(refLink('RFC 3394')?.url).toBe('https://www.rfc-editor.org/rfc/rfc3394');
    expect(refLink(undefined)).toBeUndefined();
  });

  it('prints whole values: base64url by default, hex on request, ASCII values as their text', () => {
    const bytes = new Uint8Array([0xde, 0xad, 0xbe, 0xef]);
    expect(valueText({ name: 'cek', label: 'CEK', format: 'bytes', bytes }, false)).toBe('3q2-7w');
    expect(valueText({ name: 'cek', label: 'CEK', format: 'bytes', bytes }, true)).toBe('deadbeef');
    const ascii = { name: 'aad', label: 'AAD', format: 'ascii' as const, bytes: new Uint8Array([0x65, 0x79]), text: 'ey' };
    expect(valueText(ascii, false)).toBe('ey');
    expect(valueText(ascii, true)).toBe('6579');
  });
});
