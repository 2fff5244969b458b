/**
 * The at_hash and jkt steps (profileSteps.ts) in Spanish: the same steps and values, with the
 * headings, labels and sentences rewritten from those values (step ids, byte lengths, the hash, the
 * token's own "at_hash") rather than from the English wording. Loaded only in Spanish, by
 * profileStepsIn('es', …).
 */
import { inspect } from '../../../jose/index.ts';
import type { LearnStep } from '../steps.ts';
import type { ProfileStepLists } from './profileSteps.ts';

const bytesOf = (step: LearnStep) => step.values[0]?.bytes?.length ?? 0;
const textOf = (step: LearnStep) => step.values[0]?.text ?? '';

/** Why this hash: the same choice as the engine's halfHash, said in Spanish. */
function hashReason(alg: string, hash: string): string {
  if (hash === 'SHAKE256') return `${alg === 'EdDSA' ? 'EdDSA con Ed448' : 'Ed448'} usa SHAKE256 con una salida de 114 bytes (el hash interno de Ed448)`;
  if (hash === 'SHA-512' && (alg === 'EdDSA' || alg === 'Ed25519')) return `${alg === 'EdDSA' ? 'EdDSA con Ed25519' : 'Ed25519'} usa SHA-512 (el hash interno de Ed25519)`;
  return `${alg} usa ${hash}`;
}

function atHashEs(steps: LearnStep[], alg: string, claimed: unknown): LearnStep[] {
  return steps.map((s): LearnStep => {
    switch (s.id) {
      case 'octets':
        return { ...s, heading: 'Los octetos ASCII del access token', explanation: [`Lo que se pasa por el hash es el access token exactamente como se emitió: ${bytesOf(s)} octetos.`], values: s.values.map((v) => ({ ...v, label: 'Access token (ASCII)' })) };
      case 'hash': {
        const hash = s.heading.replace(/^Hash with /, '');
        return { ...s, heading: `Hash con ${hash}`, explanation: [`${hashReason(alg, hash)}: el hash del propio "alg" del ID token.`, `El digest tiene ${bytesOf(s)} octetos.`], values: s.values.map((v) => ({ ...v, label: `Digest ${hash}` })) };
      }
      case 'half':
        return { ...s, heading: 'Quedarse con la mitad izquierda', explanation: [`Los primeros ${bytesOf(s)} de los ${bytesOf(s) * 2} octetos.`], values: s.values.map((v) => ({ ...v, label: 'Mitad izquierda' })) };
      case 'at_hash': {
        const value = textOf(s);
        const compare =
          typeof claimed === 'string'
            ? claimed === value
              ? 'Coincide con el "at_hash" del token: el ID token se emitió con este access token.'
              : `El "at_hash" del token es ${claimed}: no coinciden, así que este no es el access token emitido con él.`
            : 'El token no tiene un "at_hash" con el que compararlo.';
        return {
          ...s,
          heading: 'base64url de la mitad: el at_hash',
          explanation: [`base64url sin relleno da ${value}.`, compare],
          ...(s.error !== undefined && typeof claimed === 'string' ? { error: `el token dice ${claimed}, el access token da ${value}` } : {}),
        };
      }
      default:
        return s;
    }
  });
}

function jktEs(steps: LearnStep[], kty: string): LearnStep[] {
  return steps.map((s): LearnStep => {
    switch (s.id) {
      case 'members':
        return {
          ...s,
          heading: 'Solo los miembros obligatorios, ordenados',
          explanation: [`En una clave "${kty}" la huella cubre solo sus miembros públicos obligatorios, en orden lexicográfico y sin espacios: los demás miembros (kid, alg, use) no cambian nada.`],
          values: s.values.map((v) => ({ ...v, label: 'Entrada de la huella (JSON)' })),
        };
      case 'utf8':
        return { ...s, heading: 'Sus octetos UTF-8', explanation: [`${bytesOf(s)} octetos.`], values: s.values.map((v) => ({ ...v, label: 'Octetos UTF-8' })) };
      case 'sha256':
        return { ...s, heading: 'Hash con SHA-256', explanation: ['Las huellas de DPoP usan SHA-256.'], values: s.values.map((v) => ({ ...v, label: 'Digest SHA-256' })) };
      case 'jkt': {
        const value = textOf(s);
        return {
          ...s,
          heading: 'base64url: el jkt',
          explanation: [`base64url sin relleno da ${value}.`, 'Un access token vinculado a esta clave lo lleva como "cnf": { "jkt": … }, y el servidor de recursos lo compara con la clave de la prueba.'],
          ...(s.error !== undefined ? { error: s.error.replace(/^the engine's thumbprint is /, 'la huella que calcula el motor es ') } : {}),
        };
      }
      default:
        return s;
    }
  });
}

const NOTES: Readonly<Record<string, string>> = {
  'Paste the access token issued with the ID token to see its at_hash computed.': 'Pega el access token emitido con el ID token para ver cómo se calcula su at_hash.',
  'The token\'s header has no "jwk" (a DPoP proof has one): open a DPoP proof in Decode to see its jkt computed.': 'El encabezado del token no tiene "jwk" (una prueba DPoP sí lo tiene): abre una prueba DPoP en Decodificar para ver cómo se calcula su jkt.',
};

/** Notes the engine worded (an alg without a hash, a jwk without a thumbprint) get a Spanish lead-in; the fixed ones are translated. */
function noteEs(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const fixed = NOTES[note];
  if (fixed) return fixed;
  const jwk = /^The header's "jwk" has no thumbprint: (.*)$/s.exec(note);
  return jwk ? `El "jwk" del encabezado no tiene huella: ${jwk[1]}` : note;
}

/** The lists of profileSteps(token, accessToken), in Spanish. */
export function localizeProfileSteps(lists: ProfileStepLists, token: string): ProfileStepLists {
  const r = inspect(token);
  const header = r.header ?? {};
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const jwk = header.jwk;
  const kty = jwk && typeof jwk === 'object' && !Array.isArray(jwk) && typeof jwk.kty === 'string' ? jwk.kty : '';
  const atHashNote = noteEs(lists.atHashNote);
  const jktNote = noteEs(lists.jktNote);
  return {
    ...(lists.atHash ? { atHash: atHashEs(lists.atHash, alg, r.claims?.at_hash) } : {}),
    ...(atHashNote !== undefined ? { atHashNote } : {}),
    ...(lists.jkt ? { jkt: jktEs(lists.jkt, kty) } : {}),
    ...(jktNote !== undefined ? { jktNote } : {}),
  };
}
