/**
 * `verify`'s profile checks (checkProfile: which kind of JWT, and that kind's rules) and the RFC 8725
 * best-practices checklist (bestPractices), from the context a person gives on the command line.
 * A failed "must" check of the profile makes verify fail (exit 1); the checklist is advice.
 */
import {
  bestPractices, checkProfile, PROFILE_NAMES,
  type BestPracticeRule, type BestPracticesInput, type InspectResult, type ProfileCheck, type ProfileContext, type ProfileName, type ProfileResult,
} from '../jose/index.ts';
import type { Paint } from './color.ts';
import { list, str, type Values } from './command.ts';
import { usage } from './errors.ts';

export const PROFILE_OPTIONS = {
  profile: { type: 'string' },
  iss: { type: 'string' },
  'client-id': { type: 'string' },
  nonce: { type: 'string' },
  'access-token': { type: 'string' },
  code: { type: 'string' },
  state: { type: 'string' },
  'dpop-htm': { type: 'string' },
  'dpop-htu': { type: 'string' },
  'dpop-access-token': { type: 'string' },
  'dpop-nonce': { type: 'string' },
  'dpop-jkt': { type: 'string' },
  'dpop-max-age': { type: 'string' },
} as const;

export const PROFILE_HELP = `Profile checks (the token's kind, from "typ" or its claims, and that kind's rules):
  --profile NAME       check as ${PROFILE_NAMES.join(', ')}
  --iss ISSUER         the expected "iss" (--issuer sets it too)
  --client-id ID       your client_id: an ID token's "aud" / "azp", a client assertion's "iss" / "sub"
  --nonce N            the nonce of the authentication request (ID token)
  --access-token AT    the access token issued with an ID token (checks "at_hash")
  --code CODE          the authorization code issued with it ("c_hash")
  --state STATE        the state sent with the request ("s_hash")
  --dpop-htm METHOD    DPoP proof: the HTTP method of its request ("htm")
  --dpop-htu URL       DPoP proof: the request URL ("htu")
  --dpop-access-token AT  DPoP proof: the access token sent with it ("ath")
  --dpop-nonce N       DPoP proof: the DPoP-Nonce the server gave
  --dpop-jkt JKT       DPoP proof: the key thumbprint the access token is bound to
  --dpop-max-age S     DPoP proof: how old "iat" may be (default 300)`;

/** The command-line option that supplies each context member a check "needs". */
const NEEDS_OPTION: Record<string, string> = {
  issuer: '--iss', audience: '--aud', clientId: '--client-id', nonce: '--nonce', accessToken: '--access-token', code: '--code', state: '--state',
  'dpop.htm': '--dpop-htm', 'dpop.htu': '--dpop-htu', 'dpop.accessToken': '--dpop-access-token', 'dpop.nonce': '--dpop-nonce', 'dpop.jkt': '--dpop-jkt',
  'dpop.maxAgeSeconds': '--dpop-max-age',
};

function seconds(values: Values, name: string): number | undefined {
  const text = str(values, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(n >= 0)) throw usage(`--${name} must be a number of seconds`);
  return n;
}

/** The ProfileContext the options describe; `issuer` is what --issuer's metadata named, when used. */
export function profileContext(values: Values, clock: { now: number; clockTolerance: number }, issuer?: string): ProfileContext {
  const profile = str(values, 'profile');
  if (profile !== undefined && !(PROFILE_NAMES as readonly string[]).includes(profile)) throw usage(`--profile must be one of ${PROFILE_NAMES.join(', ')}, not ${JSON.stringify(profile)}`);
  const s = (name: string) => str(values, name);
  const dpop = {
    ...(s('dpop-htm') !== undefined ? { htm: s('dpop-htm')! } : {}),
    ...(s('dpop-htu') !== undefined ? { htu: s('dpop-htu')! } : {}),
    ...(s('dpop-access-token') !== undefined ? { accessToken: s('dpop-access-token')! } : {}),
    ...(s('dpop-nonce') !== undefined ? { nonce: s('dpop-nonce')! } : {}),
    ...(s('dpop-jkt') !== undefined ? { jkt: s('dpop-jkt')! } : {}),
    ...(seconds(values, 'dpop-max-age') !== undefined ? { maxAgeSeconds: seconds(values, 'dpop-max-age')! } : {}),
  };
  const iss = s('iss') ?? issuer;
  const audience = list(values, 'aud')?.[0];
  return {
    ...(profile !== undefined ? { profile: profile as ProfileName } : {}),
    now: clock.now,
    clockTolerance: clock.clockTolerance,
    ...(iss !== undefined ? { issuer: iss } : {}),
    ...(audience !== undefined ? { audience } : {}),
    ...(s('client-id') !== undefined ? { clientId: s('client-id')! } : {}),
    ...(s('nonce') !== undefined ? { nonce: s('nonce')! } : {}),
    ...(s('access-token') !== undefined ? { accessToken: s('access-token')! } : {}),
    ...(s('code') !== undefined ? { code: s('code')! } : {}),
    ...(s('state') !== undefined ? { state: s('state')! } : {}),
    ...(Object.keys(dpop).length ? { dpop } : {}),
  };
}

export interface ProfileReport {
  profile: ProfileResult;
  bestPractices: BestPracticeRule[];
  /** A "must" check of the profile failed: the token is not valid for its kind. */
  mustFailed: boolean;
}

/** Both checklists for one token, refined by what verify found (`result`). */
export async function profileReport(r: InspectResult, context: ProfileContext, result?: BestPracticesInput): Promise<ProfileReport> {
  const profile = await checkProfile(r, context);
  const report = { profile, bestPractices: bestPractices(r, result), mustFailed: false };
  return { ...report, mustFailed: mustFailures(report).length > 0 };
}

/** The ids of the profile's failed "must" checks: why verify exits 1 on a good signature. */
export function mustFailures(report: ProfileReport): string[] {
  return report.profile.checks.filter((c) => c.ok === false && c.level === 'must').map((c) => c.id);
}

function mark(c: ProfileCheck, p: Paint): string {
  if (c.ok === true) return p.good('✓');
  if (c.ok === 'n/a') return p.dim('–');
  return c.level === 'must' ? p.bad('✗') : p.warn('!');
}

function needsWords(c: ProfileCheck): string {
  const options = (c.needs ?? []).map((n) => NEEDS_OPTION[n]).filter((o): o is string => o !== undefined);
  return options.length && c.ok !== false ? ` (give ${[...new Set(options)].join(' and ')})` : '';
}

const DETECTED: Record<ProfileResult['detectedBy'], string> = { context: 'as asked', typ: 'from its "typ"', claims: 'from its claims', default: 'no particular kind' };

/** The two checklists as text lines. */
export function profileLines(report: ProfileReport, p: Paint): string[] {
  const { profile } = report;
  const part = profile.part === 'kb-jwt' ? ' (the Key Binding JWT)' : profile.part === 'issuer-jwt' ? ' (the Issuer-signed JWT)' : '';
  const width = Math.max(...profile.checks.map((c) => c.id.length));
  const s = profile.summary;
  const lines = [
    `${p.bold(`Profile: ${profile.profile}`)}${part} — ${DETECTED[profile.detectedBy]}: ${profile.reason}`,
    ...profile.checks.map((c) => `  ${mark(c, p)} ${c.level.padEnd(6)} ${c.id.padEnd(width)}  ${c.message}${needsWords(c)} ${p.dim(`[${c.ref.label}]`)}`),
    `  ${s.pass} passed, ${s.fail} failed, ${s.warn} warning${s.warn === 1 ? '' : 's'}, ${s.na} not checked`,
    ...(report.mustFailed ? [`  ${p.bad(`✗ Not valid as ${profile.profile}: ${mustFailures(report).join(', ')} failed (a "must" check)`)}`] : []),
    p.bold('Best practices (RFC 8725)'),
    ...report.bestPractices.map((b) => `  ${mark(b, p)} ${b.title}: ${b.message}${needsWords(b)} ${p.dim(`[${b.section}]`)}`),
  ];
  return lines;
}
