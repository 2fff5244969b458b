import { describe, expect, it } from 'vitest';
import { setupI18n, type Messages } from '@lingui/core';
import {
  failure, generateKey, importKey, keyNeeded, keyWords, kidCaveat, timeCaveat, triedKeyWords, unsecured, verifiedVerdict, verify,
  type JoseKey, type JsonObject,
} from '../../jose/index.ts';
import seeds from '../../../test/vectors/seeds.json' with { type: 'json' };
import esDecode from './compiled/es-decode.json' with { type: 'json' };
import esScreens from './compiled/es-screens.json' with { type: 'json' };
import enScreens from './compiled/en-screens.json' with { type: 'json' };
import { i18n } from './i18n.ts';
import type { MessageId, MessageValues } from './ids.ts';
import { keyNeededText, keyText, reasonText } from './verdict.ts';
import { statusText, type OutcomeFacts } from './verdict-core.ts';
import { keyFacts, triedFacts } from './verdict-facts.ts';

// The reasons' English is not in the first load (English screens show the engine's sentence).
i18n.load('en', enScreens as unknown as Messages);
const en = (id: MessageId, values?: MessageValues) => i18n._(id, values);
const spanish = setupI18n({ locale: 'es', messages: { es: { ...esDecode, ...esScreens } as unknown as Messages } });
const sp = (id: MessageId, values?: MessageValues) => spanish._(id, values);

/**
 * The English built from the parameters must be the engine's own sentence: then the parameters hold
 * everything the sentence says, and the Spanish built from them says as much.
 */
describe('verdicts worded from their parameters', () => {
  it('word every key the engine describes as the engine does', async () => {
    const one = async (...args: Parameters<typeof importKey>) => (await importKey(...args)) as JoseKey;
    const keys: JoseKey[] = [await one('password'), await one('notsosecret'), await one('x'.repeat(32))];
    for (const alg of ['RS256', 'ES256', 'ES512', 'EdDSA', 'ML-DSA-44', 'ECDH-ES']) {
      const made = await generateKey(alg);
      if (made.kind === 'pair') keys.push(made.privateKey, made.publicKey);
    }
    keys.push(await one('correct horse', { password: true }));
    for (const key of keys) expect(keyText(keyFacts(key), en)).toBe(keyWords(key));
    expect(keyText(keyFacts(keys[0]!), sp)).toBe('un secreto compartido de 8 bytes');
  });

  it('word the keys tried in a JWKS as the engine does', async () => {
    const a = await generateKey('ES256');
    const b = await generateKey('RS256');
    if (a.kind !== 'pair' || b.kind !== 'pair') throw new Error('pairs expected');
    const jwks = await importKey(JSON.stringify({ keys: [a.publicKey.jwk, b.publicKey.jwk] }));
    if (jwks.type !== 'set') throw new Error('a JWKS expected');
    const header: JsonObject = { alg: 'ES256', kid: a.publicKey.kid! };
    const f: OutcomeFacts = { kind: 'failed', jwe: false, code: 'ERR_SIGNATURE_INVALID', message: 'The signature does not match.', tried: triedFacts(jwks, header, 'verify') };
    expect(reasonText({ kind: 'outcome', facts: f, caveats: [] }, en, 'en')).toBe(
      failure({ kind: 'JWS', code: f.code, message: f.message, tried: triedKeyWords(jwks, header, 'verify') }).reason,
    );
  });

  it('word a verified token as verifiedVerdict does, and in Spanish start with "Firma verificada"', async () => {
    const key = await importKey(seeds.hs256_password.secret);
    const r = await verify(seeds.hs256_password.token, key);
    const facts: OutcomeFacts = { kind: 'verified', alg: r.alg, key: keyFacts(r.key) };
    expect(reasonText({ kind: 'outcome', facts, caveats: [] }, en, 'en')).toBe(verifiedVerdict(r, { caveats: false }).reason);
    expect(reasonText({ kind: 'outcome', facts: { ...facts, signature: 1 }, caveats: [] }, en, 'en')).toBe('HS256 signature (signature 2) checked with an 8-byte shared secret');
    expect(statusText('Signature verified', sp)).toBe('Firma verificada');
    expect(statusText('Decrypted', sp)).toBe('Descifrado');
    expect(reasonText({ kind: 'outcome', facts, caveats: [] }, sp, 'es')).toBe('firma HS256 comprobada con un secreto compartido de 8 bytes');
  });

  it('put the caveats first, as timeCaveat and kidCaveat do', () => {
    const now = Date.parse('2026-01-01') / 1000;
    const facts: OutcomeFacts = { kind: 'verified', alg: 'HS256', key: { kty: 'oct', type: 'secret', bits: 64 } };
    const built = reasonText({ kind: 'outcome', facts, caveats: [{ kind: 'expired', exp: 1395674427, now }, { kind: 'kid', token: 'b', key: 'a' }] }, en, 'en');
    const engine = `but ${timeCaveat({ exp: 1395674427 }, { now })!.replace(/^but /, '')}, and ${kidCaveat({ kid: 'b' }, { kid: 'a' })!.replace(/^but /, '')}; HS256 signature checked with an 8-byte shared secret`;
    expect(built).toBe(engine);
    expect(reasonText({ kind: 'outcome', facts, caveats: [{ kind: 'expired', exp: 1395674427, now }] }, sp, 'es')).toBe(
      'pero caducó hace 12 años; firma HS256 comprobada con un secreto compartido de 8 bytes',
    );
  });

  it('say what key each alg needs as keyNeeded does', () => {
    const jws = ['HS256', 'RS384', 'PS512', 'ES256', 'ES256K', 'EdDSA', 'Ed25519', 'Ed448', 'ML-DSA-65', 'XYZ', ''];
    for (const alg of jws) expect(keyNeededText(false, { alg }, en), alg).toBe(keyNeeded('JWS', { alg }));
    const jwe = [['RSA-OAEP', 'A128GCM'], ['ECDH-ES+A128KW', 'A128GCM'], ['PBES2-HS256+A128KW', 'A128GCM'], ['A192KW', 'A256GCM'], ['A256GCMKW', 'A256GCM'], ['dir', 'A128CBC-HS256'], ['dir', 'A256GCM'], ['dir', 'X'], ['nope', 'A128GCM']];
    for (const [alg, enc] of jwe) expect(keyNeededText(true, { alg: alg!, enc: enc! }, en), alg).toBe(keyNeeded('JWE', { alg: alg!, enc: enc! }));
    expect(keyNeededText(true, { alg: 'PBES2-HS256+A128KW' }, sp)).toBe('PBES2-HS256+A128KW necesita la contraseña para descifrar');
  });

  it('word a failed decryption with its step and key as failure does', () => {
    const tried = { keys: [{ kty: 'oct', type: 'secret' as const, bits: 128 }] };
    for (const step of ['header', 'key-wrap', 'key-agreement', 'cek', 'tag', 'content', 'decrypt', 'inflate', 'signature', 'other']) {
      for (const code of ['ERR_DECRYPTION_FAILED', 'ERR_KEY_MISMATCH']) {
        const f: OutcomeFacts = { kind: 'failed', jwe: true, code, message: 'The tag does not match.', step, tried };
        expect(reasonText({ kind: 'outcome', facts: f, caveats: [] }, en, 'en'), `${step} ${code}`).toBe(failure({ kind: 'JWE', code, message: f.message, step, tried: 'a 16-byte shared secret' }).reason);
      }
    }
  });

  it('word an unsecured JWS as unsecured does', () => {
    for (const alg of ['none', 'NONE', 'nOnE', undefined]) expect(reasonText({ kind: 'unsecured', alg }, en, 'en')).toBe(unsecured(alg).reason);
  });
});
