/**
 * A loop of one operation for a CPU profile (not part of `npm run bench`):
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-verify.ts HS256 20000
 * then read the .cpuprofile in Chrome DevTools (or any profile viewer). The engine is bundled as
 * the bench measures it. PROFILE_OP=decrypt profiles dir + A256GCM decrypt instead, PROFILE_OP=parse
 * parseToken alone (synchronous: the reading without any crypto).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JoseKey } from '../src/jose/index.ts';
import { loadEngine } from './engine.ts';

const alg = process.argv[2] ?? 'HS256';
const n = Number(process.argv[3] ?? 20000);
const { engine } = await loadEngine();
const claims = new TextEncoder().encode(JSON.stringify({ sub: '1234567890', name: 'John Doe', iat: 1516239022, exp: 4102444800 }));

function pair(): { priv: object; pub: object } {
  if (alg.startsWith('HS') || process.env.PROFILE_OP === 'decrypt') {
    const k = { kty: 'oct', k: randomBytes(32).toString('base64url') };
    return { priv: k, pub: k };
  }
  const kp = alg.startsWith('RS') ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : alg.startsWith('ES') ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  return { priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }) };
}

const { priv, pub } = pair();
const sk = (await engine.importKey(priv)) as JoseKey;
const vk = (await engine.importKey(pub)) as JoseKey;
if (process.env.PROFILE_OP === 'parse') {
  const token = engine.serializeCompact(await engine.sign(claims, sk, { alg: 'HS256' }));
  const t = performance.now();
  for (let i = 0; i < n; i++) if (engine.parseToken(token).error) throw new Error('parseToken fails');
  console.log(`parseToken: ${(((performance.now() - t) * 1000) / n).toFixed(2)} µs per call`);
} else if (process.env.PROFILE_OP === 'decrypt') {
  const jwe = engine.serializeCompact(await engine.encrypt(claims, sk, { alg: 'dir', enc: 'A256GCM' }));
  const t = performance.now();
  for (let i = 0; i < n; i++) await engine.decrypt(jwe, sk);
  console.log(`decrypt: ${(((performance.now() - t) * 1000) / n).toFixed(1)} µs per call`);
} else {
  const token = engine.serializeCompact(await engine.sign(claims, sk, { alg: alg as 'HS256' }));
  const t = performance.now();
  for (let i = 0; i < n; i++) await engine.verify(token, vk);
  console.log(`verify ${alg}: ${(((performance.now() - t) * 1000) / n).toFixed(1)} µs per call`);
}
