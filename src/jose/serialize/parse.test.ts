import { describe, expect, it, vi } from 'vitest';
import { inspect } from '../inspect/inspect.ts';
import * as base64url from '../lib/base64url.ts';
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import type { JoseError } from '../lib/errors.ts';
import * as json from '../lib/json.ts';
import { createTrace } from '../lib/trace.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import { decrypt } from '../jwe/decrypt.ts';
import { encrypt } from '../jwe/encrypt.ts';
import { sign } from '../jws/sign.ts';
import { verify } from '../jws/verify.ts';
import { deserializeCompact, serializeCompact } from './compact.ts';
import { serializeJson } from './json.ts';
import { parseToken } from './parse.ts';

const secret = { kty: 'oct', k: base64urlEncode(utf8Encode('0123456789abcdef0123456789abcdef')) };
const claims = { sub: 'alice', exp: 4102444800, roles: ['a', 'b'] };

async function rejection(p: Promise<unknown>): Promise<JoseError> {
  try {
    await p;
  } catch (error) {
    return error as JoseError;
  }
  throw new Error('expected a rejection');
}

describe('parseToken', () => {
  it('reads a compact JWS once: segments with offsets, bytes, text and JSON, the headers, no error', async () => {
    const key = (await importKey(secret)) as JoseKey;
    const text = serializeCompact(await sign(claims, key, { alg: 'HS256', header: { kid: 'k1' } }));
    const t = parseToken(text);
    expect(t.error).toBeUndefined();
    expect([t.serialization, t.structure, t.segments.map((s) => s.part)]).toEqual(['compact', 'JWS', ['protected', 'payload', 'signature']]);
    expect(t.segments.map((s) => text.slice(s.start, s.end))).toEqual(text.split('.'));
    expect(t.protectedHeader).toEqual({ alg: 'HS256', kid: 'k1' });
    expect(t.segments[1]!.json?.value).toEqual(claims);
    expect(t.segments[2]!.bytes).toHaveLength(32);
    expect(t.signatures?.[0]).toMatchObject({ alg: 'HS256', kid: 'k1', size: 32 });
    expect(t.jws).toEqual(deserializeCompact(text));
  });

  it('gives the error verify and deserializeCompact throw, in RFC order: the segment count first, then each segment', async () => {
    const key = (await importKey(secret)) as JoseKey;
    for (const bad of ['eyJhbGciOiJIUzI1NiJ9.e30.c2l+', 'eyJhbGciOiJIUzI1NiJ9.e3=.c2ln', 'eyJhbGciOiJIUzI1NiJ9.e30', 'IkhTMjU2Ig.e30.c2ln', 'e30.e3=.c2ln.x']) {
      const t = parseToken(bad);
      const thrown = await rejection(verify(bad, key));
      expect([t.error?.code, t.error?.offset, t.error?.message]).toEqual([thrown.code, thrown.offset, thrown.message]);
      expect(() => deserializeCompact(bad)).toThrow(t.error!.message);
    }
    expect(parseToken('e30.e3=.c2ln.x').error?.message).toContain('this text has 4');
  });

  it('is what verify takes: a parsed token or an inspect result verifies without reading the text again', async () => {
    const key = (await importKey(secret)) as JoseKey;
    const text = serializeCompact(await sign(claims, key, { alg: 'HS256' }));
    const token = parseToken(text);
    const decode = vi.spyOn(base64url, 'base64urlDecodeChecked');
    const parse = vi.spyOn(json, 'parseJson');
    const result = await verify(token, key);
    expect(result.claims).toEqual(claims);
    expect(decode).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    decode.mockRestore();
    parse.mockRestore();
    const inspected = inspect(`Bearer ${text}`);
    expect((await verify(inspected, key)).claims).toEqual(claims);
    // The same checks as for text: a changed signature fails, a JWE is refused.
    const tampered = parseToken(`${text.slice(0, -2)}${text.endsWith('AA') ? 'BA' : 'AA'}`);
    expect((await rejection(verify(tampered, key))).code).toBe('ERR_SIGNATURE_INVALID');
    const jwe = parseToken(serializeCompact(await encrypt('x', key, { alg: 'dir', enc: 'A256GCM' })));
    expect((await rejection(verify(jwe, key))).message).toMatch(/This is a JWE/);
  });

  it('reads the payload once on the text path too: the header and the claims are each parsed once', async () => {
    const key = (await importKey(secret)) as JoseKey;
    const text = serializeCompact(await sign(claims, key, { alg: 'HS256' }));
    const parse = vi.spyOn(json, 'parseJson');
    await verify(text, key);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });

  it('traces verify from a parsed token, the split step included', async () => {
    const key = (await importKey(secret)) as JoseKey;
    const text = serializeCompact(await sign(claims, key, { alg: 'HS256' }));
    const trace = createTrace('verify');
    await verify(parseToken(text), key, { trace });
    expect(trace.steps.map((s) => s.id)).toEqual(['split', 'header', 'payload', 'signing-input', 'digest', 'signature', 'verdict']);
  });

  it('verifies a general JSON JWS given as a parsed token, trying each signature', async () => {
    const a = (await importKey(secret)) as JoseKey;
    const b = (await importKey({ kty: 'oct', k: base64urlEncode(utf8Encode('another secret of 32 bytes .....')) })) as JoseKey;
    const text = serializeJson(await sign(claims, [{ key: a, alg: 'HS256' }, { key: b, alg: 'HS256', header: { kid: 'b' } }], { alg: 'HS256' }));
    const token = parseToken(text);
    expect([token.serialization, token.signatures?.length, token.error]).toEqual(['json-general', 2, undefined]);
    expect((await verify(token, b)).signatureIndex).toBe(1);
  });

  it('is what decrypt takes; a compact JWE\'s ciphertext and tag are decoded side by side in one buffer', async () => {
    const key = (await importKey(secret)) as JoseKey;
    const text = serializeCompact(await encrypt(JSON.stringify(claims), key, { alg: 'dir', enc: 'A256GCM' }));
    const token = parseToken(text);
    const [ct, tag] = [token.segments[3]!.bytes!, token.segments[4]!.bytes!];
    expect(ct.buffer).toBe(tag.buffer);
    expect(ct.byteOffset + ct.length).toBe(tag.byteOffset);
    expect((await decrypt(token, key)).claims).toEqual(claims);
    expect((await decrypt(inspect(` ${text} `), key)).claims).toEqual(claims);
    const jws = parseToken(serializeCompact(await sign('x', key, { alg: 'HS256' })));
    expect((await rejection(decrypt(jws, key))).message).toMatch(/This is a JWS/);
  });
});
