import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { evaluateStable, openEngine } from './engine-harness.ts';

/**
 * Every JWS alg signs and verifies INSIDE Chromium (whose Web Crypto lacks secp256k1 and Ed448, so
 * @noble/curves must take over), tampering is refused, and a few RFC vectors verify there too.
 * Keys are made here by node:crypto and handed to the page as JWKs.
 */
const vector = (name: string) => JSON.parse(readFileSync(new URL(`../test/vectors/rfc-appendix/${name}`, import.meta.url), 'utf8'));

function keysFor(alg: string): { priv: object; pub: object } {
  if (alg.startsWith('HS')) {
    const k = { kty: 'oct', k: randomBytes(64).toString('base64url') };
    return { priv: k, pub: k };
  }
  const kp =
    alg.startsWith('RS') || alg.startsWith('PS') ? generateKeyPairSync('rsa', { modulusLength: 2048 })
    : alg === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : alg === 'ES384' ? generateKeyPairSync('ec', { namedCurve: 'P-384' })
    : alg === 'ES512' ? generateKeyPairSync('ec', { namedCurve: 'P-521' })
    : alg === 'ES256K' ? generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    : alg === 'Ed448' ? generateKeyPairSync('ed448')
    : generateKeyPairSync('ed25519');
  return { priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }) };
}

const CASES = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'ES256K', 'Ed25519', 'Ed448'];

test('every JWS alg signs, verifies and refuses tampering in Chromium', async ({ page }) => {
  await openEngine(page);
  const cases = CASES.map((name) => ({ name, alg: name.startsWith('Ed') ? 'EdDSA' : name, ...keysFor(name) }));
  const results = await evaluateStable(page, async (cases) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const out: Record<string, string> = {};
    const codeOf = async (p: Promise<unknown>) => p.then(() => 'verified', (e: { code?: string; name?: string }) => (e?.name === 'JoseError' ? e.code! : `NOT A JoseError: ${String(e)}`));
    for (const c of cases) {
      try {
        const priv = await jose.importKey(c.priv);
        const pub = await jose.importKey(c.pub);
        const trace = jose.createTrace('verify');
        const token = jose.serializeCompact(await jose.sign({ sub: 'chromium', alg: c.alg }, priv, { alg: c.alg }));
        const ok = await jose.verify(token, pub, { trace });
        const [h, p, s] = token.split('.');
        const sig = jose.base64urlDecode(s);
        sig[5] ^= 1;
        const badSig = `${h}.${p}.${jose.base64urlEncode(sig)}`;
        const badPayload = `${h}.${jose.base64urlEncode(new TextEncoder().encode('{"sub":"mallory"}'))}.${s}`;
        const general = jose.serializeJson(await jose.sign('json', [{ key: priv, alg: c.alg, unprotected: { kid: 'a' } }], { alg: c.alg }));
        const json = await jose.verify(general, pub);
        out[c.name] = [
          ok.claims?.sub === 'chromium' && trace.steps.at(-1)?.id === 'verdict' ? 'verified' : 'WRONG',
          await codeOf(jose.verify(badSig, pub)),
          await codeOf(jose.verify(badPayload, pub)),
          json.text === 'json' ? 'json ok' : 'json WRONG',
        ].join(' ');
      } catch (e) {
        out[c.name] = `threw ${String(e)}`;
      }
    }
    return out;
  }, cases);
  for (const name of CASES) expect(results[name], name).toBe('verified ERR_SIGNATURE_INVALID ERR_SIGNATURE_INVALID json ok');
});

test('RFC vectors verify in Chromium; alg none and confusion are refused', async ({ page }) => {
  await openEngine(page);
  const data = {
    a1: vector('rfc7515-A.1-HS256.json'),
    a3: vector('rfc7515-A.3-ES256.json'),
    ed: vector('rfc8037-A.4-A.5-Ed25519-JWS.json'),
    b64: vector('rfc7797-4.2-HS256-b64-false.json'),
    seeds: JSON.parse(readFileSync(new URL('../test/vectors/seeds.json', import.meta.url), 'utf8')),
  };
  const r = await evaluateStable(page, async (d) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const codeOf = async (p: Promise<unknown>) => p.then(() => 'verified', (e: { code?: string }) => e.code ?? String(e));
    const a1 = await jose.importKey(d.a1.key);
    const ed = await jose.importKey(d.ed.key);
    const edToken = jose.serializeCompact(await jose.sign(d.ed.payload, ed, { alg: 'EdDSA' }));
    const rsaPub = await jose.importKey({ kty: 'RSA', n: d.a1.key.k.length ? 'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ' : '', e: 'AQAB' });
    return {
      a1: (await jose.verify(d.a1.expected.compact, a1)).alg,
      a3: (await jose.verify(d.a3.expected.compact, await jose.importKey(d.a3.key))).alg,
      ed: edToken === d.ed.expected.compact,
      b64: (await jose.verify(JSON.stringify(d.b64.expected.json_flattened), a1)).text,
      seed: (await jose.verify(d.seeds.hs256_notsosecret.token, await jose.importKey('notsosecret'))).claims?.sub,
      none: await codeOf(jose.verify(d.seeds.unsecured.token, a1)),
      confusion: await codeOf(jose.verify(d.a1.expected.compact, rsaPub)),
      inspect: jose.inspect(`Bearer ${d.seeds.hs256_password.token}`).kind,
      ed448: await jose.runtimeSupports?.('Ed448'),
    };
  }, data);
  expect(r).toMatchObject({ a1: 'HS256', a3: 'ES256', ed: true, b64: '$.02', seed: 'John Doe', none: 'ERR_ALG_NOT_ALLOWED', confusion: 'ERR_KEY_MISMATCH', inspect: 'JWS' });
});
