/** checkProfile: names the JWT profile of a token and checks its rules one by one. */
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import type { InspectResult } from '../inspect/types.ts';
import { accessTokenChecks } from './access-token.ts';
import { algCheck } from './alg.ts';
import { check, envOf, expCheck, say, type CheckEnv } from './check.ts';
import { clientAssertionChecks } from './client-assertion.ts';
import { detectProfile } from './detect.ts';
import { dpopChecks } from './dpop.ts';
import { idTokenChecks } from './id-token.ts';
import { kbJwtChecks } from './kb-jwt.ts';
import { logoutChecks } from './logout.ts';
import { rfc } from './refs.ts';
import { sdJwtVcChecks } from './sd-jwt-vc.ts';
import { seceventChecks } from './secevent.ts';
import { readToken, type TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck, ProfileContext, ProfileName, ProfileResult } from './types.ts';

type Checker = (view: TokenView, claims: JsonObject, env: CheckEnv) => ProfileCheck[] | Promise<ProfileCheck[]>;

const genericChecks: Checker = (view, claims, env) => [typCheck('jwt', view.header), algCheck('jwt', view), expCheck(claims, env, rfc(7519, '4.1.4'), 'The JWT', false)];

const CHECKERS: Readonly<Record<ProfileName, Checker>> = {
  id_token: idTokenChecks,
  'at+jwt': accessTokenChecks,
  'dpop+jwt': dpopChecks,
  'logout+jwt': logoutChecks,
  'secevent+jwt': seceventChecks,
  'client-assertion': clientAssertionChecks,
  'kb+jwt': kbJwtChecks,
  'dc+sd-jwt': sdJwtVcChecks,
  jwt: genericChecks,
};

function summarize(checks: ProfileCheck[]): ProfileResult['summary'] {
  const s = { pass: 0, fail: 0, warn: 0, na: 0 };
  for (const c of checks) {
    if (c.ok === 'n/a') s.na++;
    else if (c.ok) s.pass++;
    else if (c.level === 'must') s.fail++;
    else s.warn++;
  }
  return s;
}

/**
 * Names the profile of a JWT — "id_token", "at+jwt", "dpop+jwt", "logout+jwt", "secevent+jwt",
 * "client-assertion", "kb+jwt", "dc+sd-jwt", or "jwt" — from context.profile, else its "typ", else
 * its claims, and runs that profile's checks. `token`: the compact JWT (or JSON serialization, or
 * an SD-JWT, whose issuer-signed JWT is checked, or its KB-JWT when context.profile is "kb+jwt"),
 * or an inspect() result. Checks that need what only the person knows (the nonce sent, the request
 * URL, the access token) say so in `needs` until context supplies it.
 * Throws ERR_MALFORMED when the header or claims cannot be read.
 *
 * @example
 * const { profile, checks } = await checkProfile(proof, { dpop: { htm: 'POST', htu: 'https://rs.example/api' } });
 * profile // 'dpop+jwt'; checks.find((c) => c.id === 'htu').ok // true
 */
export async function checkProfile(token: string | InspectResult, context: ProfileContext = {}): Promise<ProfileResult> {
  if (context === null || typeof context !== 'object') throw new TypeError('checkProfile: context must be an object');
  const view = readToken(token, context.profile === 'kb+jwt' ? 'kb-jwt' : 'issuer-jwt');
  const claims = view.claims ?? (isJsonObject(context.claims) ? context.claims : undefined);
  const detection = detectProfile(view.header, claims ?? {}, context.profile);
  const env = envOf(context);
  let checks: ProfileCheck[];
  if (claims) {
    checks = await CHECKERS[detection.profile](view, claims, env);
  } else {
    checks = [
      typCheck(detection.profile, view.header),
      algCheck(detection.profile, view),
      check('claims', 'n/a', 'must', say('claims.encrypted', 'The claims are encrypted: decrypt the token and pass its claims (context.claims) to check them'), rfc(7516, '5.2'), { needs: ['claims'] }),
    ];
  }
  return { ...detection, part: view.part, checks, summary: summarize(checks) };
}
