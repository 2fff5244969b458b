/**
 * What people paste that is not a usable key: each gets its own readable ERR_KEY_INVALID message that
 * names what was found and, where there is one, the command that converts it. Never a TypeError.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derOid, derSequence, derBitString, derNull } from '../../src/jose/jwk/der.ts';
import { assertKeyFits } from '../../src/jose/jwk/fit.ts';
import { importKey, secretEncodingHints } from '../../src/jose/jwk/import.ts';
import { encodePem } from '../../src/jose/jwk/pem.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';

async function failure(material: unknown, options = {}): Promise<{ code: string; message: string }> {
  try {
    await importKey(material, options);
  } catch (error) {
    expect(error).toMatchObject({ name: 'JoseError' });
    return error as { code: string; message: string };
  }
  throw new Error('importKey accepted it');
}

const ecPub = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
const rsaPriv = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

describe('broken PEM', () => {
  it('truncated: no END line', async () => {
    const pem = ecPub();
    const e = await failure(pem.slice(0, pem.length - 30));
    expect(e.code).toBe('ERR_KEY_INVALID');
    expect(e.message).toBe('The PEM block "PUBLIC KEY" has no "-----END PUBLIC KEY-----" line: the key looks truncated (copy the whole file, including the END line)');
  });

  it('truncated: a line missing in the middle', async () => {
    const lines = ecPub().split('\n');
    lines.splice(1, 1);
    const e = await failure(lines.join('\n'));
    expect(e.message).toMatch(/^PEM "PUBLIC KEY": The public key \(SubjectPublicKeyInfo\) is not valid DER: /);
  });

  it('truncated DER: a body that ends early', async () => {
    const body = Buffer.from(ecPub().split('\n').slice(1, -2).join(''), 'base64').subarray(0, 60);
    const e = await failure(encodePem('PUBLIC KEY', body));
    expect(e.message).toMatch(/a value of 89 bytes but only 58 remain \(the data is truncated\) at byte 0/);
  });

  it('wrong base64: a character outside the alphabet, with its line', async () => {
    const lines = ecPub().split('\n');
    lines[2] = `${lines[2]!.slice(0, 10)}*${lines[2]!.slice(11)}`;
    const e = await failure(lines.join('\n'));
    expect(e.message).toBe('The body of the PEM block "PUBLIC KEY" is not valid base64: line 3 has the character "*"');
  });

  it('wrong base64: base64url characters in a PEM body', async () => {
    const e = await failure(ecPub().replace(/\+/g, '-').replace(/\//g, '_').replace(/^(-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9]*)([A-Za-z0-9])/, '$1-'));
    expect(e.message).toMatch(/is not valid base64: line \d+ has the character "[-_]" \(base64url characters; PEM uses standard base64 with "\+" and "\/"\)/);
  });

  it('wrong base64: a length that is not a multiple of 4', async () => {
    const pem = ecPub().replace('-----BEGIN PUBLIC KEY-----\n', '-----BEGIN PUBLIC KEY-----\nA');
    expect((await failure(pem)).message).toMatch(/not a multiple of 4, so part of a line is missing/);
  });

  it('BEGIN and END labels that do not match', async () => {
    const pem = ecPub().replace('END PUBLIC KEY', 'END PRIVATE KEY');
    expect((await failure(pem)).message).toBe('The PEM block starts with "BEGIN PUBLIC KEY" but ends with "END PRIVATE KEY"');
  });

  it('bytes after the DER value', async () => {
    const body = Buffer.concat([Buffer.from(ecPub().split('\n').slice(1, -2).join(''), 'base64'), Buffer.from([0, 0])]);
    expect((await failure(encodePem('PUBLIC KEY', body))).message).toMatch(/2 unexpected bytes after the end of the value/);
  });

  it('an unknown label', async () => {
    expect((await failure(encodePem('SOMETHING ELSE', new Uint8Array([48, 0])))).message).toMatch(/PEM "SOMETHING ELSE" is not a key format JOSE Lab reads/);
  });
});

describe('keys in forms JOSE cannot use, with what to do', () => {
  it('encrypted PKCS#8 names the format and the openssl command', async () => {
    const pem = rsaPriv().export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;
    const e = await failure(pem);
    expect(e.message).toMatch(/^This is an encrypted PKCS#8 private key \("ENCRYPTED PRIVATE KEY"\)/);
    expect(e.message).toContain('openssl pkcs8 -topk8 -nocrypt');
  });

  it('legacy encrypted PEM (Proc-Type: 4,ENCRYPTED)', async () => {
    const pem = rsaPriv().export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' }) as string;
    expect(pem).toContain('Proc-Type: 4,ENCRYPTED');
    const e = await failure(pem);
    expect(e.message).toMatch(/^This "RSA PRIVATE KEY" is encrypted with a passphrase \(legacy PEM encryption, AES-128-CBC,[0-9A-F]+\); decrypt it first/);
  });

  it('OpenSSH private key', async () => {
    const pem = encodePem('OPENSSH PRIVATE KEY', Buffer.from('openssh-key-v1\0'));
    expect((await failure(pem)).message).toMatch(/OpenSSH private key .*ssh-keygen -p -N "" -m PKCS8/);
  });

  it('OpenSSH public keys (ssh-rsa, ssh-ed25519, ecdsa)', async () => {
    for (const type of ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256']) {
      const e = await failure(`${type} AAAAC3NzaC1lZDI1NTE5AAAAIGJ5dGVz user@host`);
      expect(e.message).toBe(`This is an OpenSSH public key ("${type}"), not a JOSE key format; convert it with \`ssh-keygen -e -m PKCS8 -f key.pub\` and paste the PEM it prints`);
    }
  });

  it('PGP blocks', async () => {
    const e = await failure('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGQ=\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----');
    expect(e.message).toMatch(/^This is an OpenPGP block \("PGP PUBLIC KEY BLOCK"\)/);
  });

  it('DER pasted as base64 without PEM lines: the structure is named, with the lines to add', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    expect((await failure(spki)).message).toBe('This looks like a SubjectPublicKeyInfo public key in DER, base64-encoded without its PEM lines; add "-----BEGIN PUBLIC KEY-----" before it and "-----END PUBLIC KEY-----" after it');
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect((await failure(pkcs8, { encoding: 'base64' })).message).toMatch(/PKCS#8 private key in DER/);
    const cert = readFileSync(new URL('./fixtures/rsa-selfsigned.crt', import.meta.url), 'utf8').split('\n').slice(1, -2).join('\n');
    expect((await failure(cert)).message).toMatch(/X\.509 certificate in DER/);
  });

  it('a certificate signing request', async () => {
    const csr = readFileSync(new URL('./fixtures/ec-leaf.csr', import.meta.url), 'utf8');
    expect((await failure(csr)).message).toMatch(/certificate signing request, not a key; extract its public key with `openssl req -in csr.pem -pubkey -noout`/);
  });

  it('DSA, brainpool and other keys JOSE has no algorithm for', async () => {
    const dsa = generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).publicKey.export({ type: 'spki', format: 'pem' });
    expect((await failure(dsa)).message).toMatch(/is a DSA key, which JOSE does not use/);
    const bp = generateKeyPairSync('ec', { namedCurve: 'brainpoolP256r1' }).publicKey.export({ type: 'spki', format: 'pem' });
    expect((await failure(bp)).message).toMatch(/is on brainpoolP256r1; JOSE defines P-256, P-384, P-521 and secp256k1/);
  });

  it('EC keys with explicit curve parameters', async () => {
    const der = derSequence(derSequence(derOid('1.2.840.10045.2.1'), derSequence(derNull())), derBitString(new Uint8Array(65)));
    expect((await failure(encodePem('PUBLIC KEY', der))).message).toMatch(/spells out its curve parameters .* -param_enc named_curve/);
  });

  it('only EC PARAMETERS, no key', async () => {
    expect((await failure(encodePem('EC PARAMETERS', derOid('1.2.840.10045.3.1.7')))).message).toBe('The PEM text holds only "EC PARAMETERS", which is not a key');
  });

  it('EC PARAMETERS before the EC PRIVATE KEY (openssl ecparam -genkey): the key is read', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const text = encodePem('EC PARAMETERS', derOid('1.3.132.0.34')) + privateKey.export({ type: 'sec1', format: 'pem' });
    const key = (await importKey(text)) as JoseKey;
    expect(key.crv).toBe('P-384');
    expect(key.findings.map((f) => f.code)).toEqual(['PEM_PARAMETERS_SKIPPED']);
  });

  it('two keys in one paste: the first, with a finding', async () => {
    const text = ecPub() + '\n' + generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    const key = (await importKey(text)) as JoseKey;
    expect(key.kty).toBe('EC');
    expect(key.findings.map((f) => f.code)).toEqual(['PEM_MULTIPLE_BLOCKS']);
  });
});

describe('broken JWKs and JWKS', () => {
  it('a JWK with a missing "n"', async () => {
    expect((await failure({ kty: 'RSA', e: 'AQAB' })).message).toBe('The RSA JWK is missing its "n" member');
  });

  it('a JWKS with no keys', async () => {
    expect((await failure('{"keys": []}')).message).toBe('The JWKS has no keys ("keys" is an empty array)');
  });

  it('malformed members, points off the curve, bad JSON', async () => {
    expect((await failure({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).message).toMatch(/"x" is 1 bytes; it must be exactly 32/);
    const { x, y } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const yBytes = Buffer.from(String(y), 'base64url');
    yBytes[31]! ^= 1;
    expect((await failure({ kty: 'EC', crv: 'P-256', x, y: yBytes.toString('base64url') })).message).toBe('The point (x, y) is not on the curve P-256');
    expect((await failure({ kty: 'OKP', crv: 'Ed25519', x: 'a+b' })).message).toMatch(/"x" is not valid base64url/);
    expect((await failure('{"kty": "oct", "k": }')).message).toMatch(/^The key looks like JSON but is not valid/);
    expect((await failure({ kty: 'RSA', n: 'AQAB', e: 'AQAB', d: 'AQAB', p: 'AQAB' })).code).toBe('ERR_KEY_INVALID');
    expect((await failure(42)).message).toBe('Key material must be a JWK, text or bytes, not number');
  });

  it('RSA under 2048 bits is a danger finding, not a crash', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    const key = (await importKey(small)) as JoseKey;
    expect(key.findings).toMatchObject([{ code: 'KEY_RSA_SHORT', severity: 'danger' }]);
  });

  it('use / key_ops / alg that contradict the operation: ERR_KEY_MISMATCH naming the member', async () => {
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    const sig = (await importKey({ ...jwk, use: 'enc' })) as JoseKey;
    expect(() => assertKeyFits(sig, 'ES256', 'sign')).toThrow('The key\'s JWK says "use": "enc", so it may not be used to sign');
    const ops = (await importKey({ ...jwk, key_ops: ['verify'] })) as JoseKey;
    expect(() => assertKeyFits(ops, 'ES256', 'sign')).toThrow('The key\'s JWK "key_ops" is [verify], which does not allow sign');
    const alg = (await importKey({ ...jwk, alg: 'ECDH-ES' })) as JoseKey;
    expect(() => assertKeyFits(alg, 'ES256', 'sign')).toThrow('The key\'s JWK says "alg": "ECDH-ES", so it may not be used with ES256');
    expect(() => assertKeyFits(alg, 'HS256', 'verify')).toThrow('This is an EC P-256 private key; HS256 needs a shared secret');
  });
});

describe('raw secrets and their encoding hints', () => {
  it('each encoding reads the bytes it should', async () => {
    const cases: [string, 'utf8' | 'base64' | 'base64url' | 'hex', string][] = [
      ['secret', 'utf8', '736563726574'],
      ['c2VjcmV0', 'base64', '736563726574'],
      ['+/8=', 'base64', 'fbff'],
      ['-_8', 'base64url', 'fbff'],
      ['73 65 63', 'hex', '736563'],
    ];
    for (const [text, encoding, hex] of cases) {
      const key = (await importKey(text, { encoding })) as JoseKey;
      expect(Buffer.from(String(key.jwk.k), 'base64url').toString('hex')).toBe(hex);
    }
  });

  it('a secret that is not valid in the chosen encoding says so', async () => {
    expect((await failure('xyz', { encoding: 'hex' })).message).toMatch(/^The secret is not valid hex/);
    expect((await failure('a*b', { encoding: 'base64' })).message).toMatch(/^The secret is not valid base64/);
  });

  it('hints when the text looks like another encoding, with the size it would have', () => {
    const hex64 = 'ab'.repeat(32);
    expect(secretEncodingHints(hex64, 'utf8')[0]?.message).toBe('The secret looks like hex (it would be 32 bytes, the size of an HS256 / A256* key); if it is, choose the hex encoding');
    expect(secretEncodingHints('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg', 'utf8')[0]?.message).toMatch(/looks like base64url \(it would be 32 bytes/);
    expect(secretEncodingHints('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg', 'base64')[0]?.message).toMatch(/"-" and "_" are base64url characters/);
    expect(secretEncodingHints('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG+Onbc6mxCcYg=', 'base64url')[0]?.message).toMatch(/standard base64/);
    expect(secretEncodingHints('c2VjcmV0IGtleSBmb3IgdGVzdHM=', 'utf8')[0]?.message).toMatch(/looks like base64 \(it would be 20 bytes\)/);
    expect(secretEncodingHints('your-256-bit-secret', 'utf8')).toEqual([]);
    expect(secretEncodingHints('password', 'utf8')).toEqual([]);
    expect(secretEncodingHints(hex64, 'hex')).toEqual([]);
  });

  it('warns about quotes and surrounding whitespace in a UTF-8 secret', async () => {
    expect(secretEncodingHints(' secret\n', 'utf8').map((f) => f.code)).toEqual(['SECRET_WHITESPACE']);
    expect(secretEncodingHints('"secret"', 'utf8').map((f) => f.code)).toEqual(['SECRET_QUOTED']);
    const key = (await importKey('"notsosecret"')) as JoseKey;
    expect(key.findings.map((f) => f.code)).toContain('SECRET_QUOTED');
  });
});
