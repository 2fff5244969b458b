/**
 * bestPractices: the JSON Web Token Best Current Practices (RFC 8725, and the rules its revision
 * draft-ietf-oauth-rfc8725bis adds) checked against one token, and against what verifying or
 * decrypting it showed. Each rule: its section, pass / fail / not applicable, and why.
 */
import { echo } from '../lib/errors.ts';
import { isJsonObject } from '../lib/json.ts';
import { headerIssues } from '../header/crit.ts';
import type { InspectResult } from '../inspect/types.ts';
import {
  algAllowlist, appropriateAlgorithms, decompressionLimit, keyFitsAlg, keyStrength, noAlgConfusion, noCompression, p2cLimit, rule, validateCrypto, validateInputs,
} from './best-practices-crypto.ts';
import type { BestPracticeRule, BestPracticesInput } from './best-practices-types.ts';
import { check, claimMember, hasType, headerMember, say } from './check.ts';
import { findingSaid, problemSaid, provenanceParams } from './said.ts';
import { claimCandidates } from './detect.ts';
import { bcpBis, rfc } from './refs.ts';
import { readToken, type TokenView } from './token.ts';
import { normalizeTyp, profileNoun, requiredTyp, TYP_PROFILES } from './typing.ts';

const bcp = (section: string) => rfc(8725, section);

function utf8(view: TokenView): BestPracticeRule {
  // inspect reports a header that is not UTF-8 as a problem, a payload as a finding.
  const problem = view.inspected.problems.find((p) => p.code === 'NOT_UTF8');
  const finding = view.inspected.findings.find((f) => f.code === 'PAYLOAD_NOT_UTF8');
  const bad = problem ? problemSaid(problem) : finding && findingSaid(finding);
  return rule('Use UTF-8', bad
    ? check('utf8', false, 'must', bad, bcp('3.7'))
    : check('utf8', true, 'must', view.kind === 'JWE' ? say('utf8.jwe', 'The header is UTF-8 JSON (the payload is encrypted)') : say('utf8.ok', 'The header and claims are UTF-8 JSON'), bcp('3.7')));
}

function issuer(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Validate Issuer and Subject';
  const claims = view.claims;
  if (!claims) return rule(title, check('iss', 'n/a', 'must', say('bp.encrypted', 'The claims are encrypted'), bcp('3.8')));
  if (!hasType(claims.iss, 'string')) return rule(title, check('iss', false, 'should', say('bp.iss.none', 'No "iss": nothing names the issuer, so the keys cannot be tied to one'), bcp('3.8'), { member: claimMember('iss') }));
  const p = result?.provenance;
  const m = { member: claimMember('iss') };
  const iss = echo(claims.iss);
  if (p && !p.trusted) return rule(title, check('iss', false, 'must', say('bp.iss.untrustedKey', `"iss" is ${iss}, but the key came ${p.label}: nothing ties it to that issuer`, { iss, ...provenanceParams(p) }), bcp('3.8'), m));
  const url = p?.source === 'jwks-url' ? p.url : '';
  const how = url ? `; the key came from ${url}: check that it is that issuer's jwks_uri` : '; the keys that verify it must be that issuer\'s';
  return rule(title, check('iss', true, 'must', say('bp.iss.ok', `"iss" is ${iss}${how}`, { iss, url }), bcp('3.8'), m));
}

function audience(view: TokenView): BestPracticeRule {
  const title = 'Use and Validate Audience';
  const claims = view.claims;
  if (!claims) return rule(title, check('aud', 'n/a', 'must', say('bp.encrypted', 'The claims are encrypted'), bcp('3.9')));
  if (!hasType(claims.aud, 'audience')) return rule(title, check('aud', false, 'should', say('bp.aud.none', 'No valid "aud": a token for one service could be replayed at another (substitution)'), bcp('3.9'), { member: claimMember('aud') }));
  const aud = echo(claims.aud);
  return rule(title, check('aud', true, 'must', say('bp.aud.ok', `"aud" is ${aud}; each recipient must find itself in it`, { aud }), bcp('3.9'), { member: claimMember('aud') }));
}

function untrustedHeaders(view: TokenView, result: BestPracticesInput | undefined): BestPracticeRule {
  const title = 'Do Not Trust Received Claims';
  const h = view.header;
  const kid = view.inspected.findings.find((f) => f.code === 'KID_SUSPICIOUS');
  if (kid) return rule(title, check('untrusted_headers', false, 'must', findingSaid(kid), bcp('3.10'), { member: headerMember('kid') }));
  const urls = ['jku', 'x5u'].filter((n) => h[n] !== undefined);
  const keys = ['jwk', 'x5c'].filter((n) => h[n] !== undefined);
  const p = result?.provenance;
  if (p && !p.trusted) return rule(title, check('untrusted_headers', false, 'must', say('bp.untrusted.selfVouched', `Verified with a key ${p.label}: the token vouched for itself`, provenanceParams(p)), bcp('3.10'), { member: headerMember(p.source === 'x5c' ? 'x5c' : 'jwk') }));
  const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  if (urls.length) return rule(title, check('untrusted_headers', false, 'should', say('bp.untrusted.urls', `The header names key URLs (${quoted(urls)}): fetching them blindly is server-side request forgery; only allow-listed URLs (JOSE Lab never fetches them)`, { names: quoted(urls) }), bcp('3.10'), { member: headerMember(urls[0]!) }));
  if (keys.length && !p) return rule(title, check('untrusted_headers', false, 'should', say('bp.untrusted.keys', `The header carries its own key (${quoted(keys)}): a verifier must not use it unless it is pinned or chains to a trusted root`, { names: quoted(keys) }), bcp('3.10'), { member: headerMember(keys[0]!) }));
  return rule(title, check('untrusted_headers', true, 'must', keys.length
    ? say('bp.untrusted.keyElsewhere', `The header carries ${keys.join(', ')}, but the key used came ${p!.label}`, { names: keys.join(', '), ...provenanceParams(p!) })
    : say('bp.untrusted.none', 'No key or key URL in the header'), bcp('3.10')));
}

function explicitTyping(view: TokenView): BestPracticeRule {
  const title = 'Use Explicit Typing';
  const typ = view.header.typ;
  const m = { member: headerMember('typ') };
  if (typeof typ === 'string' && (TYP_PROFILES[normalizeTyp(typ)] || /\+(sd-)?jwt$/.test(normalizeTyp(typ)))) {
    return rule(title, check('explicit_typing', true, 'should', say('bp.typing.ok', `"typ" is ${echo(typ)}: this kind of JWT cannot be taken for another`, { typ: echo(typ) }), bcp('3.11'), m));
  }
  const nested = view.kind === 'JWE' && typeof view.header.cty === 'string' && /jwt$/i.test(view.header.cty);
  const shown = typeof typ === 'string' ? echo(typ) : '';
  const said = shown ? `"typ" is ${shown}` : 'No "typ"';
  // Claims of a kind whose spec requires its typ (a DPoP proof, an RFC 9068 access token...) without it.
  const kind = view.claims ? claimCandidates(view.header, view.claims)[0]?.profile : undefined;
  const required = kind && requiredTyp(kind);
  if (required) {
    const params = { typ: shown, profile: kind!, spec: required.ref.label, wanted: echo(required.typ) };
    return rule(title, check('explicit_typing', false, 'must', say('bp.typing.required', `${said}, but the claims are those of ${profileNoun(kind!)}, whose spec (${required.ref.label}) requires "typ": ${echo(required.typ)}`, params), bcp('3.11'), m));
  }
  return rule(title, check('explicit_typing', 'n/a', 'should', nested
    ? say('bp.typing.nested', 'A nested JWT: explicit typing belongs in the inner JWT')
    : say('bp.typing.none', `${said}: not explicit typing, and not a finding either — it is recommended for new kinds of JWT, and older kinds (ID tokens) do not use it`, { typ: shown }), bcp('3.11'), m));
}

function mutuallyExclusive(view: TokenView): BestPracticeRule {
  const title = 'Use Mutually Exclusive Validation Rules for Different Kinds of JWTs';
  if (!view.claims) return rule(title, check('mutually_exclusive', 'n/a', 'should', say('bp.encrypted', 'The claims are encrypted'), bcp('3.12')));
  const kinds = claimCandidates(view.header, view.claims).map((c) => c.profile);
  const typed = typeof view.header.typ === 'string' && TYP_PROFILES[normalizeTyp(view.header.typ)] !== undefined;
  if (kinds.length > 1 && !typed) {
    return rule(title, check('mutually_exclusive', false, 'should', say('bp.exclusive.several', `The claims fit several kinds of JWT (${kinds.join(', ')}) and no "typ" tells them apart: a verifier checking only claims could accept one as another`, { kinds: kinds.join(', ') }), bcp('3.12')));
  }
  const fits = typed ? say('bp.exclusive.typed', 'The "typ" tells this kind of JWT apart') : kinds.length ? say('bp.exclusive.one', `The claims fit only ${kinds[0]}`, { kind: kinds[0]! }) : say('bp.exclusive.none', 'The claims fit no known kind');
  return rule(title, check('mutually_exclusive', true, 'should', fits, bcp('3.12')));
}

function compactFormat(view: TokenView): BestPracticeRule {
  const title = 'Check JWT Format Type';
  const ref = bcpBis('3.14', title);
  if (view.serialization !== 'compact') {
    return rule(title, check('compact_format', false, 'must', say('bp.compact.json', 'A JSON serialization: JWTs use the compact form only; verifying the JSON form while reading claims from a compact one is the format-confusion attack'), ref));
  }
  const ok = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/.test(view.text);
  return rule(title, ok
    ? check('compact_format', true, 'must', say('bp.compact.ok', 'Compact: only letters, digits, "-", "_" and "."'), ref)
    : check('compact_format', false, 'must', say('bp.compact.chars', 'The token has characters other than letters, digits, "-", "_" and "."'), ref));
}

function crit(view: TokenView): BestPracticeRule {
  const title = 'Understand every "crit" extension';
  const ref = rfc(7515, '4.1.11');
  const h = view.header;
  if (h.crit === undefined) return rule(title, check('crit', 'n/a', 'must', say('claim.absent', 'No "crit"', { name: 'crit' }), ref));
  const m = { member: headerMember('crit') };
  const listed = echo(h.crit);
  if (view.kind === 'JWE') return rule(title, check('crit', false, 'must', say('bp.crit.jwe', `"crit" marks ${listed} as critical; JOSE Lab understands no JWE extension, so it must refuse the token`, { crit: listed }), ref, m));
  const protectedHeader = isJsonObject(view.inspected.protectedHeader) ? view.inspected.protectedHeader : undefined;
  const issues = headerIssues(protectedHeader, [view.inspected.signatures?.[0]?.unprotectedHeader]).filter((i) => i.error);
  return rule(title, issues.length
    ? check('crit', false, 'must', issues.length === 1 ? findingSaid(issues[0]!) : issues.map((i) => i.message).join('; '), ref, m)
    : check('crit', true, 'must', say('bp.crit.ok', `"crit" lists only extensions JOSE Lab implements (${listed})`, { crit: listed }), ref, m));
}

/**
 * The RFC 8725 checklist for a token (compact text, an SD-JWT, or an inspect() result), refined by
 * what verify or decrypt returned (`result`: the key, its provenance, the alg). Without `result`
 * the rules about the key say 'n/a' with needs: ['result'].
 * Throws ERR_MALFORMED when the text is not a JWS or JWE with a readable header.
 *
 * @example
 * const rules = bestPractices(token, await verify(token, key));
 * rules.filter((r) => r.ok === false) // what to fix, each with r.section and r.ref
 */
export function bestPractices(token: string | InspectResult, result?: BestPracticesInput): BestPracticeRule[] {
  const read = readToken(token, 'issuer-jwt', false);
  // A JWE's claims are known once it is decrypted: the claim rules then judge them instead of saying "encrypted".
  const view = read.kind === 'JWE' && result?.plaintext && result.claims ? { ...read, claims: result.claims } : read;
  return [
    algAllowlist(view),
    appropriateAlgorithms(view),
    keyFitsAlg(view, result),
    noAlgConfusion(view, result),
    validateCrypto(view, result),
    validateInputs(view),
    keyStrength(view, result),
    noCompression(view),
    utf8(view),
    issuer(view, result),
    audience(view),
    untrustedHeaders(view, result),
    explicitTyping(view),
    mutuallyExclusive(view),
    p2cLimit(view),
    compactFormat(view),
    decompressionLimit(view),
    crit(view),
  ];
}
