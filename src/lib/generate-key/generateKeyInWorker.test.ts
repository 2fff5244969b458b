import { afterEach, describe, expect, it, vi } from 'vitest';
import { JoseError, thumbprint } from '../../jose/index.ts';
import { generateKeyApi, runGenerateRequest } from './generateKeyProtocol.ts';
import { fakeWorkerOf } from '../worker-channel/fake-worker.test-support.ts';
import { reviveWireError, toWireError } from '../worker-channel/wire-error.ts';
import { generateKeyInWorker } from './generateKeyInWorker.ts';

describe('generateKeyInWorker without a Worker (runs in place)', () => {
  it('ES256: a pair whose kid is the RFC 7638 thumbprint, re-imported as JoseKeys', async () => {
    const made = await generateKeyInWorker('ES256');
    expect(made.kind).toBe('pair');
    expect(made.privateJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(typeof made.privateJwk.d).toBe('string');
    expect(made.publicJwk?.d).toBeUndefined();
    expect(made.kid).toBe(await thumbprint(made.publicJwk!));
    expect(made.privateKey.type).toBe('private');
    expect(made.publicKey?.type).toBe('public');
    expect(made.publicKey?.kid).toBe(made.kid);
  });

  it('HS384: a 48-byte secret; dir with enc: the CEK size; PBES2: a password', async () => {
    const hs = await generateKeyInWorker('HS384');
    expect(hs.kind).toBe('secret');
    expect(hs.privateKey.bits).toBe(384);
    expect(hs.publicJwk).toBeUndefined();
    const dir = await generateKeyInWorker('dir', { enc: 'A128CBC-HS256' });
    expect(dir.privateKey.bits).toBe(256);
    const pw = await generateKeyInWorker('PBES2-HS256+A128KW');
    expect(pw.password).toMatch(/^.{24}$/);
    expect(pw.kid).toBeUndefined();
    expect(Buffer.from(String(pw.privateJwk.k), 'base64url').toString('utf8')).toBe(pw.password);
  });

  it('refuses RSA under 2048 bits with a JoseError', async () => {
    await expect(generateKeyInWorker('RS256', { modulusLength: 1024 as 2048 })).rejects.toMatchObject({ name: 'JoseError', code: 'ERR_KEY_INVALID' });
  });
});

describe('the worker protocol', () => {
  it('errors cross postMessage as data and become JoseErrors again', () => {
    const original = new JoseError('ERR_ALG_UNSUPPORTED', 'Cannot generate a key for "none"', { details: { alg: 'none' } });
    const copy = reviveWireError(structuredClone(toWireError(original)));
    expect(copy).toBeInstanceOf(JoseError);
    expect(copy).toMatchObject({ code: 'ERR_ALG_UNSUPPORTED', message: original.message, details: { alg: 'none' } });
  });

  it('the result is structured-cloneable (JWKs only)', async () => {
    const result = await runGenerateRequest({ alg: 'EdDSA', options: {} });
    expect(structuredClone(result)).toEqual(result);
  });
});

/** A stand-in Worker running the real key-generation API. */
const FakeWorker = fakeWorkerOf(generateKeyApi);

describe('generateKeyInWorker with a Worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('matches concurrent answers to their requests by id, in one worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const before = FakeWorker.made.length;
    const [a, b, c] = await Promise.all([generateKeyInWorker('ES384'), generateKeyInWorker('X25519' as string).catch((e: unknown) => e), generateKeyInWorker('A128KW')]);
    expect(a.privateJwk.crv).toBe('P-384');
    expect(b).toBeInstanceOf(JoseError);
    expect(c.privateKey.bits).toBe(128);
    expect(FakeWorker.made.length - before).toBeLessThanOrEqual(1);
  });

  it('abort ends the worker and rejects with AbortError; the next call starts a new worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const running = generateKeyInWorker('ES256', { signal: controller.signal });
    const used = FakeWorker.made.at(-1)!;
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(used.terminated).toBe(true);
    await expect(generateKeyInWorker('ES256')).resolves.toMatchObject({ kind: 'pair' });
    expect(FakeWorker.made.at(-1)).not.toBe(used);
  });
});
