/**
 * The per-key caches of the sign/verify hot path keep every check: results are per (key, alg, use),
 * fresh objects each time, never kept for keys that could change, and failures are never cached.
 */
import { describe, expect, it } from 'vitest';
import { JoseError } from '../lib/errors.ts';
import { cryptoKeyFor, cryptoKeyNow, runtimeSupports, runtimeSupportsNow } from '../lib/webcrypto.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { sign } from './sign.ts';
import { verify } from './verify.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as JoseError).code;
  }
};

describe('assertKeyFits cache', () => {
  it('returns the same findings every time, as fresh objects', async () => {
    const weak = (await importKey('short secret')) as JoseKey;
    const first = assertKeyFits(weak, 'HS256', 'verify');
    expect(first.map((f) => f.code)).toEqual(['WEAK_HMAC_SECRET']);
    first[0]!.message = 'changed';
    first[0]!.ref!.label = 'changed';
    first.push({ code: 'KEY_RSA_SHORT', severity: 'info', message: 'x' });
    const second = assertKeyFits(weak, 'HS256', 'verify');
    expect(second).toHaveLength(1);
    expect(second[0]!.message).toMatch(/^The secret is 12 bytes/);
    expect(second[0]!.ref!.label).toBe('RFC 7518 §3.2');
  });

  it('keeps the verdict per alg and operation, and never caches a failure', async () => {
    const key = (await importKey({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow', alg: 'HS256' })) as JoseKey;
    expect(code(() => assertKeyFits(key, 'HS256', 'verify'))).toBe('ok');
    expect(code(() => assertKeyFits(key, 'HS512', 'verify'))).toBe('ERR_KEY_MISMATCH');
    expect(code(() => assertKeyFits(key, 'HS512', 'verify'))).toBe('ERR_KEY_MISMATCH');
    expect(code(() => assertKeyFits(key, 'A128KW', 'encrypt'))).toBe('ERR_KEY_MISMATCH');
    expect(code(() => assertKeyFits(key, 'HS256', 'sign'))).toBe('ok');
    // Two failures are two errors, not one shared instance.
    const errors = [0, 1].map((): unknown => {
      try {
        return assertKeyFits(key, 'HS512', 'verify');
      } catch (error) {
        return error;
      }
    });
    expect(errors[0]).toBeInstanceOf(JoseError);
    expect(errors[0]).not.toBe(errors[1]);
  });

  it('checks a key that is not frozen on every call (it could have changed)', async () => {
    const frozen = (await importKey({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })) as JoseKey;
    const loose = { ...frozen } as { -readonly [K in keyof JoseKey]: JoseKey[K] };
    expect(code(() => assertKeyFits(loose, 'HS256', 'verify'))).toBe('ok');
    loose.use = 'enc';
    expect(code(() => assertKeyFits(loose, 'HS256', 'verify'))).toBe('ERR_KEY_MISMATCH');
  });
});

describe('synchronous caches of Web Crypto state', () => {
  it('cryptoKeyNow gives the CryptoKey once cryptoKeyFor has imported it, per parameters and usage', async () => {
    const key = (await importKey({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })) as JoseKey;
    const params = { name: 'HMAC', hash: 'SHA-256' };
    expect(cryptoKeyNow(key, params, 'sign')).toBeUndefined();
    const imported = await cryptoKeyFor(key, params, 'sign');
    expect(cryptoKeyNow(key, { hash: 'SHA-256', name: 'HMAC' }, 'sign')).toBe(imported);
    expect(cryptoKeyNow(key, { name: 'HMAC', hash: { name: 'SHA-256' } }, 'sign')).toBe(imported);
    expect(cryptoKeyNow(key, { name: 'HMAC', hash: 'SHA-384' }, 'sign')).toBeUndefined();
    expect(cryptoKeyNow(key, params, 'verify')).toBeUndefined();
    expect((imported.algorithm as HmacKeyAlgorithm).hash.name).toBe('SHA-256');
    // Frozen parameter objects (the engine's constants) take a shortcut that must agree.
    const frozen = Object.freeze({ name: 'HMAC', hash: 'SHA-256' });
    expect(cryptoKeyNow(key, frozen, 'sign')).toBe(imported);
    expect(cryptoKeyNow(key, frozen, 'sign')).toBe(imported);
    expect(cryptoKeyNow(key, frozen, 'sign', true)).toBeUndefined();
    expect(cryptoKeyNow(key, frozen, 'verify')).toBeUndefined();
    expect(cryptoKeyNow(key, Object.freeze({ name: 'HMAC', hash: 'SHA-384' }), 'sign')).toBeUndefined();
    const other = (await importKey({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })) as JoseKey;
    expect(cryptoKeyNow(other, frozen, 'sign')).toBeUndefined();
  });

  it('a failed import is not remembered', async () => {
    const key = (await importKey({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' })) as JoseKey;
    const bad = { name: 'HMAC', hash: 'SHA-0' };
    await expect(cryptoKeyFor(key, bad, 'sign')).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    expect(cryptoKeyNow(key, bad, 'sign')).toBeUndefined();
    await expect(cryptoKeyFor(key, bad, 'sign')).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });

  it('runtimeSupportsNow answers after the first probe, the same as runtimeSupports', async () => {
    const answer = await runtimeSupports('Ed25519');
    expect(runtimeSupportsNow('Ed25519')).toBe(answer);
  });
});

describe('verify results stay independent', () => {
  it('changing one result does not change the next', async () => {
    const key = (await importKey('short secret')) as JoseKey;
    const token = serializeCompact(await sign({ sub: 'a', iat: 1 }, key, { alg: 'HS256', header: { b64: true } }));
    const a = await verify(token, key);
    const codes = a.findings.map((f) => f.code);
    expect(codes).toContain('WEAK_HMAC_SECRET');
    expect(codes).toContain('B64_WITHOUT_CRIT');
    a.findings.forEach((f) => (f.message = 'changed'));
    (a.header as Record<string, unknown>).alg = 'none';
    (a.claims as Record<string, unknown>).sub = 'changed';
    const b = await verify(token, key);
    expect(b.findings.map((f) => f.code)).toEqual(codes);
    expect(b.findings.every((f) => f.message !== 'changed')).toBe(true);
    expect(b.header.alg).toBe('HS256');
    expect(b.claims!.sub).toBe('a');
  });
});
