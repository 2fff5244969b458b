import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTrace } from '../lib/trace.ts';
import { importKey } from '../jwk/import.ts';
import { verify } from '../jws/verify.ts';
import { inspect } from '../inspect/inspect.ts';
import { digestOf } from './digest.ts';
import { decodeDisclosure } from './disclosure.ts';
import { verifySdJwt } from './verify.ts';
import { decodeSdJwt } from './decode.ts';

/**
 * RFC 9901's printed examples (test/vectors/sd-jwt/rfc9901, extracted from the approved text by
 * extract.mjs): every printed Disclosure hashes to the printed digest, and every printed SD-JWT,
 * SD-JWT+KB and JWS JSON serialization verifies with the Issuer key of Appendix A.5 to the printed
 * Processed SD-JWT Payload, Key Binding JWT included.
 */
interface Vectors {
  issuerPublicKey: object;
  keyBinding: { nonce: string; aud: string; iat: number };
  disclosures: { section: string; label: string; digest: string; disclosure: string; contents: string }[];
  encodingVariants: { decodesTo: unknown[]; disclosures: string[] };
  tokens: { section: string; kind: 'issuer-signed JWT' | 'issued' | 'presentation'; keyBinding: boolean; text: string; processed?: object }[];
  jsonSerialized: { section: string; caption: string; json: Record<string, unknown> }[];
}
const V = JSON.parse(readFileSync(new URL('../../../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8')) as Vectors;
const kbPolicy = { aud: V.keyBinding.aud, nonce: V.keyBinding.nonce };

describe('RFC 9901 printed Disclosures', () => {
  it('has the examples of every section (the extraction found them all)', () => {
    expect(V.disclosures.length).toBe(89);
    expect(new Set(V.disclosures.map((d) => d.section))).toEqual(new Set(['4.2.3', '4.2.4.2', '5.1', '6.1', '6.2', '6.3', 'A.1', 'A.2', 'A.3', 'A.4']));
  });

  it.each(V.disclosures.map((d) => [`${d.section} ${d.label}`, d] as const))('%s: the digest matches and it decodes to the printed contents', async (_name, d) => {
    expect((await digestOf('sha-256', d.disclosure)).digest).toBe(d.digest);
    // The RFC wraps the printed contents at any character, spaces and escapes included: compare without whitespace.
    const text = Buffer.from(d.disclosure, 'base64url').toString('utf8');
    expect(text.replace(/\s/g, '')).toBe(d.contents.replace(/\s/g, ''));
    expect(decodeDisclosure(d.disclosure, 0).decoded).toEqual(JSON.parse(text));
  });

  it('§4.2.1: other JSON spellings of the same claim decode alike but hash apart', async () => {
    const digests = new Set<string>();
    for (const text of [V.disclosures[0]!.disclosure, ...V.encodingVariants.disclosures]) {
      expect(decodeDisclosure(text, 0).decoded).toEqual(V.encodingVariants.decodesTo);
      digests.add((await digestOf('sha-256', text)).digest);
    }
    expect(digests.size).toBe(4);
  });
});

describe('RFC 9901 printed SD-JWTs and SD-JWT+KBs', () => {
  const presentations = V.tokens.filter((t) => t.kind === 'presentation');

  it('finds the five presentations with their Processed SD-JWT Payloads (three with Key Binding)', () => {
    expect(presentations.map((t) => t.section)).toEqual(['5.2', 'A.1', 'A.2', 'A.3', 'A.4']);
    expect(presentations.every((t) => t.processed)).toBe(true);
    expect(presentations.filter((t) => t.keyBinding).map((t) => t.section)).toEqual(['5.2', 'A.3', 'A.4']);
  });

  it.each(presentations.map((t) => [t.section, t] as const))('§%s verifies to exactly the printed Processed SD-JWT Payload', async (_s, t) => {
    const key = await importKey(V.issuerPublicKey);
    const trace = createTrace('verify');
    const r = await verifySdJwt(t.text, key, { kb: { ...kbPolicy, required: t.keyBinding }, trace });
    expect(r.claims).toEqual(t.processed);
    if (t.keyBinding) {
      expect(r.kb?.verified).toBe(true);
      expect(r.kb?.payload.iat).toBe(V.keyBinding.iat);
      expect(r.kb?.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['key:ok', 'alg:ok', 'signature:ok', 'typ:ok', 'iat:ok', 'aud:ok', 'nonce:ok', 'sd_hash:ok']);
    } else {
      expect(r.kb).toBeUndefined();
    }
    // Every presented Disclosure was hashed, found and put where the pointer says.
    for (const d of r.disclosures) expect((await digestOf('sha-256', d.encoded)).digest).toBe(d.digest);
    expect(trace.steps.filter((s) => s.id.startsWith('disclosure-'))).toHaveLength(r.disclosures.length);
    expect(trace.steps.at(-1)?.id).toBe('sd-verdict');
  });

  it('the issued SD-JWTs verify with every Disclosure in place', async () => {
    const key = await importKey(V.issuerPublicKey);
    for (const t of V.tokens.filter((x) => x.kind === 'issued')) {
      const r = await verifySdJwt(t.text, key);
      expect(r.disclosures.length).toBe(t.text.split('~').length - 2);
      expect(r.tree.hidden).toBe(0);
    }
    const a3 = await verifySdJwt(V.tokens.find((x) => x.section === 'A.3' && x.kind === 'issued')!.text, key);
    expect(a3.vc).toMatchObject({ typ: 'dc+sd-jwt', vct: 'urn:eudi:pid:de:1' });
    expect(a3.vc!.checks.every((c) => c.ok)).toBe(true);
    expect(a3.claims.age_equal_or_over).toEqual({ 12: true, 14: true, 16: true, 18: true, 21: true, 65: false });
  });

  it('the §5.1 Issuer-signed JWT alone is a JWT, not an SD-JWT (no "~")', async () => {
    const jwt = V.tokens.find((t) => t.kind === 'issuer-signed JWT')!.text;
    const key = await importKey(V.issuerPublicKey);
    expect((await verify(jwt, key)).claims?._sd).toHaveLength(8);
    await expect(verifySdJwt(jwt, key)).rejects.toMatchObject({ code: 'ERR_SDJWT_MALFORMED' });
  });

  it('§5.2: the tree marks what is hidden, disclosed and always visible', async () => {
    const t = presentations[0]!;
    const r = await decodeSdJwt(t.text, { kb: kbPolicy });
    const top = Object.fromEntries(r.tree.children!.filter((c) => c.key !== undefined).map((c) => [c.key, c.status]));
    expect(top).toMatchObject({ iss: 'visible', sub: 'visible', nationalities: 'visible', cnf: 'visible', family_name: 'disclosed', address: 'disclosed', given_name: 'disclosed' });
    // 8 digests in "_sd": 3 disclosed, 5 hidden; the nationalities array: 1 of 2 disclosed.
    expect(r.tree.hidden).toBe(5);
    expect(r.tree.children!.find((c) => c.key === 'nationalities')!.hidden).toBe(1);
    expect(r.disclosures.find((d) => d.name === 'given_name')).toMatchObject({ salt: '2GLC42sKQveCfGfryNRN9w', digest: 'jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4', pointer: '/given_name', foundAt: { pointer: '/_sd/7' } });
    expect(r.disclosures.find((d) => d.kind === 'element')).toMatchObject({ value: 'US', pointer: '/nationalities/0', foundAt: { pointer: '/nationalities/0/...' } });
    expect(r.kb?.verified).toBe(false); // decode never claims verification
    expect(r.kb?.checks.find((c) => c.id === 'sd_hash')?.status).toBe('ok');
  });

  it('A.3: the recursive Disclosure age_equal_or_over carries its own digests', async () => {
    const t = presentations.find((x) => x.section === 'A.3')!;
    const r = await decodeSdJwt(t.text, { kb: kbPolicy });
    const parent = r.disclosures.find((d) => d.name === 'age_equal_or_over')!;
    const child = r.disclosures.find((d) => d.name === '18')!;
    expect(child).toMatchObject({ pointer: '/age_equal_or_over/18', foundAt: { disclosure: parent.index, pointer: expect.stringMatching(/^\/_sd\/\d$/) } });
    expect(r.tree.children!.find((c) => c.key === 'age_equal_or_over')!.hidden).toBe(5);
  });
});

describe('RFC 9901 §8 JWS JSON serialization', () => {
  const [issued, presented, general] = V.jsonSerialized;

  it('§8.2 flattened: the issued SD-JWT and the SD-JWT+KB verify; sd_hash is over the compact form', async () => {
    const key = await importKey(V.issuerPublicKey);
    const all = await verifySdJwt(JSON.stringify(issued!.json), key);
    expect(all.serialization).toBe('json-flattened');
    expect(all.claims).toMatchObject({ sub: 'john_doe_42', given_name: 'John', family_name: 'Doe', birthdate: '1940-01-01' });
    const kb = await verifySdJwt(JSON.stringify(presented!.json), key, { kb: { ...kbPolicy, required: true } });
    expect(kb.claims).toMatchObject({ given_name: 'John', family_name: 'Doe' });
    expect(kb.claims).not.toHaveProperty('sub');
    expect(kb.kb?.hashedText).toBe(`${kb.issuerJwt}~${(presented!.json.header as { disclosures: string[] }).disclosures.join('~')}~`);
    expect(kb.kb?.verified).toBe(true);
  });

  it('§8.3 general: two signatures, Disclosures and KB-JWT in the first unprotected header', async () => {
    const key = await importKey(V.issuerPublicKey);
    const r = await verifySdJwt(JSON.stringify(general!.json), key, { kb: { ...kbPolicy, required: true } });
    expect(r.serialization).toBe('json-general');
    expect(r.signatureIndex).toBe(0);
    expect(r.header.kid).toBe('issuer-key-1');
    expect(r.header).not.toHaveProperty('disclosures');
    expect(r.claims).toMatchObject({ given_name: 'John', family_name: 'Doe' });
    expect(r.kb?.verified).toBe(true);
  });

  it('inspect reads the JSON serialization as an SD-JWT with ranges inside the strings', () => {
    const text = JSON.stringify(general!.json, null, 2);
    const r = inspect(text);
    expect(r.kind).toBe('SD-JWT');
    expect(r.serialization).toBe('json-general');
    expect(r.sdJwt?.disclosures.map((d) => text.slice(d.start, d.end))).toEqual((general!.json.signatures as { header: { disclosures: string[] } }[])[0]!.header.disclosures);
    expect(r.sdJwt?.keyBinding?.payload?.nonce).toBe('1234567890');
  });
});

describe('inspect on RFC 9901 §5.2', () => {
  it('says SD-JWT, gives every part a range and decodes each Disclosure', () => {
    const t = V.tokens.find((x) => x.section === '5.2')!;
    const r = inspect(`  ${t.text}\n`);
    expect(r.kind).toBe('SD-JWT');
    expect(r.problems).toEqual([]);
    expect(r.reason).toMatch(/4 Disclosures and a Key Binding JWT/);
    const parts = t.text.split('~');
    expect(r.sdJwt?.disclosures.map((d) => r.input.slice(d.start, d.end))).toEqual(parts.slice(1, -1));
    expect(r.sdJwt?.disclosures.map((d) => d.decoded?.[1])).toEqual(['family_name', 'address', 'given_name', 'US']);
    expect(r.sdJwt?.disclosures[3]).toMatchObject({ kind: 'element', salt: 'lklxF5jMYlGTPUovMNIvCA', value: 'US' });
    expect(r.segments.map((s) => s.label)).toEqual(['JWS Protected Header', 'JWS Payload', 'JWS Signature', 'Disclosure 1', 'Disclosure 2', 'Disclosure 3', 'Disclosure 4', 'KB-JWT Protected Header', 'KB-JWT Payload', 'KB-JWT Signature']);
    const kb = r.sdJwt!.keyBinding!;
    expect(r.input.slice(kb.start, kb.end)).toBe(parts.at(-1));
    expect(kb.payload).toMatchObject({ nonce: '1234567890', aud: 'https://verifier.example.org' });
    expect(r.claims?._sd).toHaveLength(8);
    expect(r.sdJwt?.sdAlg).toBe('sha-256');
  });
});
