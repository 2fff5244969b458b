/** The "alg" rule every profile has: signed (not "none"), and for proofs of possession, asymmetric. */
import { echo } from '../lib/errors.ts';
import { isJwsAlg, JWS_ALG_INFO } from '../lib/registry.ts';
import { check, headerMember, say } from './check.ts';
import { backchannel, oidc, rfc, sdJwtVc } from './refs.ts';
import type { TokenView } from './token.ts';
import type { ProfileCheck, ProfileName, SpecRef } from './types.ts';

interface AlgRule {
  ref: SpecRef;
  /** A proof of possession: only an asymmetric signature proves the holder's key. */
  asymmetric?: boolean;
  /** Level of the "not none" rule ("should" where the spec lets other layers protect the token). */
  noneLevel: ProfileCheck['level'];
  /** JWE allowed (an encrypted JWT of this kind). */
  encrypted: boolean;
}

const RULES: Readonly<Record<ProfileName, AlgRule>> = {
  id_token: { ref: oidc('3.1.3.7'), noneLevel: 'must', encrypted: true },
  'at+jwt': { ref: rfc(9068, '2.1'), noneLevel: 'must', encrypted: true },
  'dpop+jwt': { ref: rfc(9449, '4.3'), asymmetric: true, noneLevel: 'must', encrypted: false },
  'logout+jwt': { ref: backchannel('2.6'), noneLevel: 'must', encrypted: true },
  'secevent+jwt': { ref: rfc(8417, '2.2'), noneLevel: 'should', encrypted: true },
  'client-assertion': { ref: rfc(7523, '3'), noneLevel: 'must', encrypted: true },
  'kb+jwt': { ref: rfc(9901, '4.3'), asymmetric: true, noneLevel: 'must', encrypted: false },
  'dc+sd-jwt': { ref: sdJwtVc('JOSE header'), noneLevel: 'must', encrypted: false },
  jwt: { ref: rfc(8725, '3.2'), noneLevel: 'should', encrypted: true },
};

export function algCheck(profile: ProfileName, view: TokenView): ProfileCheck {
  const rule = RULES[profile];
  const member = { member: headerMember('alg') };
  const alg = view.header.alg;
  if (view.kind === 'JWE') {
    const enc = { alg: echo(alg), enc: echo(view.header.enc) };
    return rule.encrypted
      ? check('alg', true, 'must', say('alg.encrypted', `Encrypted with ${enc.alg} / ${enc.enc}; the claims are checked once decrypted`, enc), rule.ref, member)
      : check('alg', false, 'must', say('alg.jweNotAllowed', `This kind of JWT is signed by its holder's key, but this is a JWE (${enc.alg})`, { alg: enc.alg }), rule.ref, member);
  }
  if (typeof alg !== 'string' || alg === '') return check('alg', false, 'must', say('alg.missing', '"alg" is missing or not a string'), rfc(7515, '4.1.1'), member);
  if (alg.toLowerCase() === 'none') {
    const variant = alg !== 'none';
    const note = variant ? ` (a case variant of "none", used to slip past filters)` : '';
    return check('alg', false, rule.noneLevel, say('alg.none', `"alg" is ${echo(alg)}${note}: unsigned, so anyone could have made it`, { alg: echo(alg), variant }), rule.ref, member);
  }
  if (!isJwsAlg(alg)) return check('alg', false, 'should', say('alg.unknown', `"alg" ${echo(alg)} is not a JWS algorithm JOSE Lab knows`, { alg: echo(alg) }), rfc(7518, '3.1'), member);
  if (rule.asymmetric && JWS_ALG_INFO[alg].family === 'HMAC') {
    return check('alg', false, 'must', say('alg.hmacNotAllowed', `"alg" is ${alg}, a shared-secret MAC; this kind of JWT must use an asymmetric signature`, { alg }), rule.ref, member);
  }
  const asymmetric = rule.asymmetric === true;
  return check('alg', true, 'must', say('alg.ok', `"alg" is ${alg}${asymmetric ? ', an asymmetric signature' : ''}`, { alg, asymmetric }), rule.ref, member);
}
