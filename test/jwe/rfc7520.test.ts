import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt, type EncryptOptions } from '../../src/jose/jwe/encrypt.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { JWE_ALGS } from '../../src/jose/lib/registry.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { toJsonSerialization } from '../../src/jose/serialize/json.ts';
import { deflateRaw } from '../../src/jose/jwe/zip.ts';
import { b64, enc64, jwk, password } from './helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type V = any;
const DIR = fileURLToPath(new URL('../vectors/rfc7520/jwe/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort((a, b) => parseFloat(a.slice(2)) - parseFloat(b.slice(2)));
const ALL = { algorithms: [...JWE_ALGS] };

async function keysOf(v: V): Promise<JoseKey[]> {
  if (v.input.pwd !== undefined) return [await password(v.input.pwd)];
  const list = Array.isArray(v.input.key) ? v.input.key : [v.input.key];
  return Promise.all(list.map((k: V) => jwk(k)));
}

/** The encryption of a deterministic cookbook example, with its generated values injected. */
async function reproduce(v: V, key: JoseKey) {
  const content = v.encrypting_content;
  const ek = v.encrypting_key ?? {};
  const options: EncryptOptions = {
    enc: v.input.enc,
    ...(content.protected ? { header: content.protected } : {}),
    ...(content.unprotected ? { unprotected: content.unprotected } : {}),
    ...(v.input.zip ? { zip: v.input.zip } : {}),
    ...(v.input.aad !== undefined ? { aad: v.input.aad } : {}),
    ...(v.generated.cek ? { cek: b64(v.generated.cek) } : {}),
    iv: b64(v.generated.iv),
    ...(ek.epk ? { epk: ek.epk } : {}),
    ...(ek.salt ? { p2s: b64(ek.salt), p2c: ek.iteration_count } : {}),
    ...(v.input.alg.endsWith('GCMKW') ? { keyWrapIv: b64(ek.iv) } : {}),
  };
  return encrypt(v.input.plaintext, key, options);
}

describe('RFC 7520 §5: every JWE example of the JOSE Cookbook', () => {
  for (const file of files) {
    const v: V = (() => {
      // Loaded lazily per test, synchronously here for the test names.
      return JSON.parse(readFileSync(DIR + file, 'utf8'));
    })();
    const section = `§${file.split('.')[0]!.replace('_', '.')}`;
    test(`${section} ${v.title}: every serialization decrypts with its key`, async () => {
      const keys = await keysOf(v);
      const forms: [string, string][] = [];
      if (v.output.compact) forms.push(['compact', v.output.compact]);
      if (v.output.json) forms.push(['json', JSON.stringify(v.output.json)]);
      if (v.output.json_flat) forms.push(['json_flat', JSON.stringify(v.output.json_flat)]);
      expect(forms.length).toBeGreaterThan(0);
      for (const [, text] of forms) {
        for (const [i, key] of keys.entries()) {
          const out = await decrypt(text, key, ALL);
          expect(out.text).toBe(v.input.plaintext);
          if (keys.length > 1) expect(out.recipientIndex).toBe(i);
        }
      }
    });
    const deterministic = v.reproducible !== false && !/rsa|multiple/i.test(v.title);
    if (!deterministic) continue;
    test(`${section} ${v.title}: encryption reproduces the example byte for byte`, async () => {
      const [key] = await keysOf(v);
      if (v.input.zip) {
        // Raw DEFLATE output depends on the compressor; compare exactly when ours matches the RFC's.
        const ours = await deflateRaw(new TextEncoder().encode(v.input.plaintext));
        if (enc64(ours) !== v.generated.plaintext_c) {
          console.info(`${section}: this runtime's DEFLATE output differs from the RFC's; checked by decryption only`);
          return;
        }
      }
      const jwe = await reproduce(v, key!);
      if (v.output.compact) expect(serializeCompact(jwe)).toBe(v.output.compact);
      if (v.output.json) {
        const general = toJsonSerialization(jwe);
        // The cookbook leaves "recipients" out of its general JSON for dir and ECDH-ES (§5.5, §5.6);
        // RFC 7516 §7.2.1 requires it, so ours has one empty recipient there.
        if (!('recipients' in v.output.json)) {
          expect(general.recipients).toEqual([{}]);
          delete general.recipients;
        }
        expect(general).toEqual(v.output.json);
      }
      if (v.output.json_flat) expect(toJsonSerialization(jwe, { flattened: true })).toEqual(v.output.json_flat);
    });
  }
});
