import { describe, expect, it } from 'vitest';
import { exportJwk, generateKey, halfHash, serializeCompact, sign, type JoseKey, type JsonObject } from '../../../jose/index.ts';
import { profileStepsIn } from './profileStepsIn.ts';

async function es256(): Promise<{ priv: JoseKey; pub: JoseKey }> {
  const g = await generateKey('ES256');
  if (g.kind !== 'pair') throw new Error('ES256 makes a pair');
  return { priv: g.privateKey, pub: g.publicKey };
}

describe('the at_hash and jkt steps in Spanish, on real tokens', () => {
  it('an ID token whose at_hash matches: same steps and values, Spanish words with the real sizes', async () => {
    const { priv } = await es256();
    const accessToken = 'SlAV32hkKG';
    const atHash = (await halfHash(accessToken, 'ES256')).value;
    const idToken = serializeCompact(await sign({ iss: 'https://op.example', at_hash: atHash }, priv, { alg: 'ES256' }));
    const en = await profileStepsIn('en', idToken, accessToken);
    const es = await profileStepsIn('es', idToken, accessToken);
    expect(es.atHash?.map((s) => s.id)).toEqual(en.atHash?.map((s) => s.id));
    expect(es.atHash?.map((s) => s.values.map((v) => v.bytes ?? v.text))).toEqual(en.atHash?.map((s) => s.values.map((v) => v.bytes ?? v.text)));
    expect(es.atHash?.map((s) => s.heading)).toEqual(['Los octetos ASCII del access token', 'Hash con SHA-256', 'Quedarse con la mitad izquierda', 'base64url de la mitad: el at_hash']);
    expect(es.atHash?.[0]?.explanation[0]).toContain('10 octetos');
    expect(es.atHash?.[1]?.explanation[0]).toBe('ES256 usa SHA-256: el hash del propio "alg" del ID token.');
    expect(es.atHash?.[2]?.explanation[0]).toBe('Los primeros 16 de los 32 octetos.');
    expect(es.atHash?.[3]?.explanation[1]).toMatch(/^Coincide con el "at_hash" del token/);
    expect(es.jktNote).toMatch(/^El encabezado del token no tiene "jwk"/);
  });

  it('a wrong access token fails the last step in Spanish, and a DPoP proof gets its jkt steps', async () => {
    const { priv, pub } = await es256();
    const idToken = serializeCompact(await sign({ at_hash: 'AAAAAAAAAAAAAAAAAAAAAA' }, priv, { alg: 'ES256' }));
    const es = await profileStepsIn('es', idToken, 'another-token');
    const last = es.atHash?.[3];
    expect(last?.status).toBe('failed');
    expect(last?.error).toMatch(/^el token dice AAAAAAAAAAAAAAAAAAAAAA, el access token da /);
    const proof = serializeCompact(await sign({ htm: 'GET', htu: 'https://rs.example/' }, priv, { alg: 'ES256', header: { typ: 'dpop+jwt', jwk: (await exportJwk(pub)) as unknown as JsonObject } }));
    const dpop = await profileStepsIn('es', proof, '');
    expect(dpop.atHashNote).toBe('Pega el access token emitido con el ID token para ver cómo se calcula su at_hash.');
    expect(dpop.jkt?.map((s) => s.heading)).toEqual(['Solo los miembros obligatorios, ordenados', 'Sus octetos UTF-8', 'Hash con SHA-256', 'base64url: el jkt']);
    expect(dpop.jkt?.[0]?.explanation[0]).toContain('En una clave "EC"');
    expect(dpop.jkt?.every((s) => s.status === 'ok')).toBe(true);
  });
});
