// `jose-lab verify --jwks / --issuer`: the CLI's one network use, against a local HTTP server on
// 127.0.0.1 (a JWKS and an OpenID discovery document), with its failures and its timeout.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJwk, generateKey, serializeCompact, sign, type JoseKey } from '../../src/jose/index.ts';
import { ensureBuilt } from './build.ts';
import { jl, json } from './run.ts';

let server: Server;
let base = '';
let token = '';
let otherToken = '';
const requests: string[] = [];

beforeAll(async () => {
  const [made, other] = await Promise.all([generateKey('ES256'), generateKey('ES256')]);
  if (made.kind !== 'pair' || other.kind !== 'pair') throw new Error('ES256 makes a key pair');
  const jwks = JSON.stringify({ keys: [exportJwk(other.publicKey), exportJwk(made.publicKey)] });
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (status: number, body: string) => res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    if (req.url === '/jwks.json') return send(200, jwks);
    if (req.url === '/.well-known/openid-configuration') return send(200, JSON.stringify({ issuer: base, jwks_uri: `${base}/jwks.json` }));
    if (req.url === '/impostor/.well-known/openid-configuration') return send(200, JSON.stringify({ issuer: 'https://accounts.example.com', jwks_uri: `${base}/jwks.json` }));
    // RFC 8414 metadata only (no OpenID configuration) for the issuer ${base}/as, the suffix after the host.
    if (req.url === '/.well-known/oauth-authorization-server/as') return send(200, JSON.stringify({ issuer: `${base}/as`, jwks_uri: `${base}/jwks.json` }));
    if (req.url === '/slow/jwks.json') return; // never answers: the timeout must end it
    return send(404, '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signWith = async (key: JoseKey, claims: object) => serializeCompact(await sign(claims, key, { alg: 'ES256', header: { kid: key.kid ?? '' } }));
  token = await signWith(made.privateKey, { iss: base, aud: 'cli-tests', exp: 4102444800 });
  otherToken = await signWith(made.privateKey, { iss: 'https://someone-else.example', exp: 4102444800 });
  await ensureBuilt();
}, 300_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.concurrent('verify with keys from the network', () => {
  it('picks the key by kid from a JWKS URL', async () => {
    const r = await jl(['verify', token, '--jwks', `${base}/jwks.json`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Signature verified — ES256 signature checked with an EC P-256 public key \(kid "[\w-]{43}"\)/);
    expect(requests).toContain('/jwks.json');
  });

  it('finds the JWKS through the issuer\'s discovery document, and holds "iss" to that issuer', async () => {
    const r = await jl(['verify', token, '--issuer', base, '--aud', 'cli-tests', '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(json(r)).toMatchObject({ status: 'Signature verified', verified: true, claimsValid: true, claims: { iss: base } });
    const foreign = await jl(['verify', otherToken, '--issuer', base]);
    expect(foreign.code).toBe(1);
    expect(foreign.stdout).toMatch(/^Signature verified — but "iss" is "https:\/\/someone-else.example"; expected "http:\/\/127.0.0.1:\d+"/);
  });

  it('refuses a discovery document that names another issuer, a 404 and a non-URL (exit 2)', async () => {
    const impostor = await jl(['verify', token, '--issuer', `${base}/impostor`, '--json']);
    expect(impostor.code).toBe(2);
    // The engine's readKeyDocument refuses it (OpenID Connect Discovery §4.3), in its words.
    expect(json(impostor).error).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringContaining('says "issuer" is "https://accounts.example.com", but it was fetched for the issuer') });
    const missing = await jl(['verify', token, '--jwks', `${base}/nothing.json`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('answered HTTP 404');
    const notUrl = await jl(['verify', token, '--jwks', 'file:///etc/passwd']);
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toContain('--jwks: The URL must use https (http only to localhost): "file:///etc/passwd"');
    const plainHttp = await jl(['verify', token, '--issuer', 'http://example.com']);
    expect(plainHttp.code).toBe(2);
    expect(plainHttp.stderr).toContain('--issuer: The URL must use https (http only to localhost)');
  });

  it('says where the key came from: the JWKS URL and the kid (provenance), in the text and in --json', async () => {
    const r = await jl(['verify', token, '--jwks', `${base}/jwks.json`]);
    expect(r.stdout).toMatch(new RegExp(`\\nKey: from a JWKS you fetched at ${base.replace(/\./g, '\\.')}/jwks\\.json \\(kid "[\\w-]{43}"\\)\\n`));
    const doc = json(await jl(['verify', token, '--jwks', `${base}/jwks.json`, '--json']));
    expect(doc.provenance).toMatchObject({ source: 'jwks-url', trusted: true, url: `${base}/jwks.json`, kid: expect.any(String) });
  });

  it('follows a metadata URL given to --jwks, and falls back to RFC 8414 metadata for --issuer', async () => {
    const followed = await jl(['verify', token, '--jwks', `${base}/.well-known/openid-configuration`, '--json']);
    expect(followed.code, followed.stdout).toBe(0);
    expect(json(followed).provenance).toMatchObject({ url: `${base}/jwks.json` });
    const before = requests.length;
    // The token's "iss" is the server's root, not ${base}/as: the keys verify, the issuer does not match (exit 1).
    const as = await jl(['verify', token, '--issuer', `${base}/as`, '--json']);
    expect(as.code).toBe(1);
    expect(json(as)).toMatchObject({ status: 'Signature verified', verified: true, claimsValid: false, reason: expect.stringContaining(`expected "${base}/as"`) });
    expect(requests.slice(before)).toEqual(expect.arrayContaining(['/as/.well-known/openid-configuration', '/.well-known/oauth-authorization-server/as', '/jwks.json']));
  });

  it('gives up after --timeout seconds', async () => {
    const r = await jl(['verify', token, '--jwks', `${base}/slow/jwks.json`, '--timeout', '0.5', '--json']);
    expect(r.code).toBe(2);
    expect(json(r).error).toMatchObject({ code: 'ERR_FETCH', message: expect.stringContaining('did not answer within 0.5 s') });
  });
});
