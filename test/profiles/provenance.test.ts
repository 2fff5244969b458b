/**
 * Key provenance: every verify result says where its key came from, and verifyWithKeySource takes
 * the key from the pasted input, the header's jwk, the header's x5c (trusted only up to a pasted
 * root or by opting in) or a fetched JWKS. Also readKeyDocument / keyDocumentUrls, the pure half
 * of "Fetch keys". Tokens are made by panva `jose`; certificates by ./certs.ts (node:crypto).
 */
import { CompactEncrypt, CompactSign, SignJWT, exportJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { inspect } from '../../src/jose/inspect/inspect.ts';
import { parseToken } from '../../src/jose/serialize/parse.ts';
import { keyDocumentUrls, readKeyDocument } from '../../src/jose/trust/key-document.ts';
import { verifyWithKeySource } from '../../src/jose/trust/verify-with-source.ts';
import { b64, pem, standardChain } from './certs.ts';
import { pair } from './helpers.ts';

const claims = new TextEncoder().encode('{"sub":"alice"}');

describe('provenance on verify results', () => {
  it('verify says "pasted" by default', async () => {
    const p = pair('P-256');
    const token = await new CompactSign(claims).setProtectedHeader({ alg: 'ES256' }).sign(p.privateKey);
    const r = await verify(token, (await importKey(p.publicJwk)) as JoseKey);
    expect(r.provenance).toEqual({ source: 'pasted', trusted: true, label: 'pasted' });
  });

  it('header-jwk: verifies with the token\'s own key and says it is untrusted; refuses secrets and private keys there', async () => {
    const p = pair('P-256');
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', jwk: p.publicJwk }).sign(p.privateKey);
    const r = await verifyWithKeySource(token, { source: 'header-jwk' });
    expect(r.provenance).toEqual({ source: 'header-jwk', trusted: false, label: "from the header's jwk (untrusted: the token chose its key)" });
    const leaked = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', jwk: p.privateJwk }).sign(p.privateKey);
    await expect(verifyWithKeySource(leaked, { source: 'header-jwk' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringContaining('"d"') });
    const oct = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', jwk: { kty: 'oct', k: 'c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0' } as never }).sign(new Uint8Array(32));
    await expect(verifyWithKeySource(oct, { source: 'header-jwk' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    const none = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).sign(p.privateKey);
    await expect(verifyWithKeySource(none, { source: 'header-jwk' })).rejects.toMatchObject({ code: 'ERR_KEY_NOT_FOUND' });
    // Another key in the header than the one that signed: the signature does not verify.
    const other = pair('P-384');
    const swapped = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', jwk: (await exportJWK(other.publicKey)) }).sign(p.privateKey);
    await expect(verifyWithKeySource(swapped, { source: 'header-jwk' })).rejects.toBeInstanceOf(JoseError);
  });

  it('header-jwk takes a token read once (parseToken or inspect) as well as text, and says why a JWE or broken text has no header key', async () => {
    const p = pair('P-256');
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', jwk: p.publicJwk }).sign(p.privateKey);
    for (const read of [parseToken(token), inspect(token)]) {
      const r = await verifyWithKeySource(read, { source: 'header-jwk' });
      expect(r.claims).toEqual(expect.objectContaining({ sub: 'alice' }));
      expect(r.provenance.source).toBe('header-jwk');
    }
    await expect(verifyWithKeySource(`${token.slice(0, 5)}!${token.slice(6)}`, { source: 'header-jwk' })).rejects.toMatchObject({ code: 'ERR_BASE64URL', segment: 'header', offset: 5 });
    const jwe = await new CompactEncrypt(new TextEncoder().encode('x')).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).encrypt(new Uint8Array(16));
    await expect(verifyWithKeySource(jwe, { source: 'header-jwk' })).rejects.toMatchObject({ code: 'ERR_MALFORMED', message: expect.stringContaining('JWE') });
  });

  it('x5c: the leaf key is used when the chain reaches the pasted root, refused otherwise unless opted into', async () => {
    const c = standardChain();
    const x5c = [b64(c.leafCert), b64(c.interCert)];
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', x5c }).sign(c.leaf.privateKey);
    const trusted = await verifyWithKeySource(token, { source: 'x5c', roots: pem(c.rootCert) });
    expect(trusted.provenance).toMatchObject({ source: 'x5c', trusted: true, chainChecked: true, anchor: 'O=JOSE Lab Test, CN=Test Root' });
    expect(trusted.provenance.label).toBe("from the header's x5c (chain checked up to a pasted root: O=JOSE Lab Test, CN=Test Root)");
    const refused = (await verifyWithKeySource(token, { source: 'x5c' }).catch((e: unknown) => e)) as JoseError;
    expect(refused.code).toBe('ERR_X5C_UNTRUSTED');
    expect((refused.details?.chain as { status: string }).status).toBe('not-anchored');
    const optedIn = await verifyWithKeySource(token, { source: 'x5c', trustLeaf: true });
    expect(optedIn.provenance).toMatchObject({ source: 'x5c', trusted: false, chainChecked: false, label: "from the header's x5c (chain not checked)" });
    // A broken chain is refused even with the right root; opting in says it was broken.
    const b = standardChain({ brokenLeaf: true });
    const brokenToken = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', x5c: [b64(b.leafCert), b64(b.interCert)] }).sign(b.leaf.privateKey);
    await expect(verifyWithKeySource(brokenToken, { source: 'x5c', roots: pem(b.rootCert) })).rejects.toMatchObject({ code: 'ERR_X5C_UNTRUSTED' });
    expect((await verifyWithKeySource(brokenToken, { source: 'x5c', roots: pem(b.rootCert), trustLeaf: true })).provenance.label).toMatch(/chain broken/);
  });

  it('jwks-url: names the URL and the kid of the key that verified', async () => {
    const p = pair('P-256');
    const q = pair('P-384');
    const jwks = JSON.stringify({ keys: [{ ...q.publicJwk, kid: 'old', alg: 'ES384' }, { ...p.publicJwk, kid: 'k2', alg: 'ES256', use: 'sig' }] });
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', kid: 'k2' }).sign(p.privateKey);
    const r = await verifyWithKeySource(token, { source: 'jwks-url', url: 'https://op.example.com/jwks', jwks });
    expect(r.provenance).toEqual({ source: 'jwks-url', trusted: true, url: 'https://op.example.com/jwks', kid: 'k2', label: 'from a JWKS you fetched at https://op.example.com/jwks (kid "k2")' });
    const discovery = JSON.stringify({ issuer: 'https://op.example.com', jwks_uri: 'https://op.example.com/jwks' });
    await expect(verifyWithKeySource(token, { source: 'jwks-url', url: 'https://op.example.com/.well-known/openid-configuration', jwks: discovery })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', details: { jwksUri: 'https://op.example.com/jwks' } });
  });
});

describe('key documents (the pure half of "Fetch keys")', () => {
  it('lists the URLs to try for an issuer, a metadata URL or a JWKS URL', () => {
    expect(keyDocumentUrls('https://op.example.com/tenant/')).toEqual([
      { url: 'https://op.example.com/tenant/', kind: 'as-given' },
      { url: 'https://op.example.com/tenant/.well-known/openid-configuration', kind: 'openid-configuration' },
      { url: 'https://op.example.com/.well-known/oauth-authorization-server/tenant', kind: 'oauth-authorization-server' },
    ]);
    expect(keyDocumentUrls('https://op.example.com/.well-known/openid-configuration#x')).toEqual([{ url: 'https://op.example.com/.well-known/openid-configuration', kind: 'as-given' }]);
    expect(keyDocumentUrls('http://127.0.0.1:8080/jwks.json?v=1')).toEqual([{ url: 'http://127.0.0.1:8080/jwks.json?v=1', kind: 'as-given' }]);
    for (const bad of ['http://op.example.com/', 'ftp://x/', 'op.example.com', 'https://user:pw@op.example.com/']) {
      expect(() => keyDocumentUrls(bad), bad).toThrow(JoseError);
    }
  });

  it('reads a JWKS, and discovery metadata whose issuer matches the URL it came from', async () => {
    const p = pair('P-256');
    const jwks = await readKeyDocument(JSON.stringify({ keys: [{ ...p.publicJwk, kid: 'a' }, { kty: 'XYZ' }] }), { url: 'https://op.example.com/jwks' });
    expect(jwks.kind).toBe('jwks');
    if (jwks.kind !== 'jwks') return;
    expect(jwks.keys.keys.map((k) => k.kid)).toEqual(['a']);
    expect(jwks.findings.map((f) => f.code)).toEqual(['JWKS_KEY_SKIPPED']);
    const oidc = await readKeyDocument(JSON.stringify({ issuer: 'https://op.example.com/tenant', jwks_uri: 'https://keys.op.example.com/t.json', id_token_signing_alg_values_supported: ['RS256', 'ES256'] }), { url: 'https://op.example.com/tenant/.well-known/openid-configuration' });
    expect(oidc).toEqual({ kind: 'discovery', url: 'https://op.example.com/tenant/.well-known/openid-configuration', issuer: 'https://op.example.com/tenant', jwksUri: 'https://keys.op.example.com/t.json', signingAlgs: ['RS256', 'ES256'], findings: [] });
    const rfc8414 = await readKeyDocument(JSON.stringify({ issuer: 'https://as.example.com/t1', jwks_uri: 'https://as.example.com/t1/jwks' }), { url: 'https://as.example.com/.well-known/oauth-authorization-server/t1' });
    expect(rfc8414.kind).toBe('discovery');
  });

  it('refuses metadata for another issuer, HTML, non-JSON and documents of neither kind', async () => {
    const cases: [string, string | undefined, RegExp][] = [
      [JSON.stringify({ issuer: 'https://evil.example.com', jwks_uri: 'https://evil.example.com/jwks' }), 'https://op.example.com/.well-known/openid-configuration', /must not be used/],
      ['<!DOCTYPE html><html><body>Sign in</body></html>', 'https://op.example.com/', /HTML page/],
      ['{"keys": [', undefined, /not valid JSON/],
      ['{"hello":"world"}', undefined, /neither a JWKS/],
      [JSON.stringify({ issuer: 'https://op.example.com', jwks_uri: 'http://op.example.com/jwks' }), 'https://op.example.com/.well-known/openid-configuration', /https/],
      ['{"keys": []}', undefined, /no keys/],
    ];
    for (const [text, url, message] of cases) {
      const error = await readKeyDocument(text, url === undefined ? {} : { url }).catch((e: unknown) => e);
      expect(error, text).toBeInstanceOf(JoseError);
      expect((error as Error).message).toMatch(message);
    }
  });
});
