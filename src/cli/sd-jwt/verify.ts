/**
 * Verifying an SD-JWT or SD-JWT+KB (`sd-jwt verify`, and `verify` given one): the verdict, where the
 * Issuer's key came from, the disclosure tree, every Disclosure, the Key Binding JWT's checks one by
 * one, the findings, then the profile checks and best practices as for any JWT.
 */
import {
  decodeSdJwt, failure, isJoseError, jwksProvenance, keyRequired, malformed, pastedProvenance, sdJwtVerdict, timeCaveat, triedKeyWords, verifySdJwt,
  type DecodedSdJwt, type Finding, type InspectResult, type KeyBindingCheck, type KeyBindingPolicy, type KeyProvenance, type Verdict, type VerifySdJwtResult,
} from '../../jose/index.ts';
import { clockOptions } from '../clock.ts';
import { list, type Values } from '../command.ts';
import { EXIT, usage } from '../errors.ts';
import type { Io } from '../io.ts';
import { resolveKeySource, type ResolvedSource } from '../key-source.ts';
import { profileContext, profileLines, profileReport } from '../profile-report.ts';
import { findingLines, verdictLine } from '../report.ts';
import { kbPolicy } from './options.ts';
import { sdJwtDocument, sdJwtLines } from './tree.ts';

interface SdOutcome {
  verdict: Verdict;
  exit: number;
  /** What can be shown: the verified SD-JWT, or the keyless decoding when verifying failed. */
  decoded?: DecodedSdJwt;
  result?: VerifySdJwtResult;
  provenance?: KeyProvenance;
  /** The Key Binding JWT's checks when verify stopped at a failed one (JoseError details.checks). */
  kbChecks?: KeyBindingCheck[];
  claimsValid?: boolean;
  findings: Finding[];
  error?: { code: string; message: string; segment: string | null; offset: number | null };
}

/** The keyless reading, for display when verifying failed; undefined when even that fails. */
async function decodedForDisplay(text: string, clock: { now: number; clockTolerance: number }, kb: KeyBindingPolicy): Promise<DecodedSdJwt | undefined> {
  try {
    return await decodeSdJwt(text, { ...clock, kb: { ...kb, required: false } });
  } catch {
    return undefined;
  }
}

function provenanceOf(source: ResolvedSource, result: VerifySdJwtResult): KeyProvenance {
  return source.source.source === 'jwks-url' ? jwksProvenance(source.source.url, result.key.kid) : pastedProvenance();
}

async function check(r: InspectResult, values: Values): Promise<SdOutcome> {
  if (values['key-source'] !== undefined) throw usage('--key-source is for JWTs; an SD-JWT is verified with the Issuer\'s key (--key, --jwks or --issuer)');
  const clock = clockOptions(values);
  const kb = await kbPolicy(values);
  const source = await resolveKeySource(values);
  const text = r.text;
  if (!source?.keys) {
    const decoded = await decodedForDisplay(text, clock, kb);
    return { verdict: keyRequired('JWS', r.header), exit: EXIT.badInput, ...(decoded ? { decoded } : {}), findings: decoded?.findings ?? r.findings, error: { code: 'ERR_KEY_REQUIRED', message: 'Give the Issuer\'s key with --key, --jwks or --issuer', segment: 'key', offset: null } };
  }
  const algorithms = list(values, 'alg');
  try {
    const result = await verifySdJwt(text, source.keys, { ...clock, kb, ...(algorithms ? { algorithms } : {}) });
    const verdict = sdJwtVerdict(result, { ...clock, json: result.serialization !== 'compact' });
    const claimsValid = timeCaveat(result.claims, clock) === undefined;
    return { verdict, exit: claimsValid ? EXIT.ok : EXIT.failed, decoded: result, result, provenance: provenanceOf(source, result), claimsValid, findings: [...source.findings, ...result.findings] };
  } catch (error) {
    if (!isJoseError(error)) throw error;
    const offset = error.offset !== undefined ? error.offset + r.start : undefined;
    const base = failure({ kind: 'JWS', code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), tried: triedKeyWords(source.keys, r.header, 'verify') });
    const verdict = base.status === 'Malformed token' ? malformed(error.message, offset) : base;
    const decoded = await decodedForDisplay(text, clock, kb);
    const kbChecks = Array.isArray(error.details?.checks) ? (error.details.checks as KeyBindingCheck[]) : undefined;
    return {
      verdict,
      exit: verdict.status === 'Malformed token' ? EXIT.badInput : EXIT.failed,
      ...(decoded ? { decoded } : {}),
      ...(kbChecks ? { kbChecks } : {}),
      findings: [...source.findings, ...(decoded?.findings ?? [])],
      error: { code: error.code, message: error.message, segment: error.segment ?? null, offset: offset ?? null },
    };
  }
}

/** Runs the whole SD-JWT verification for `verify` and `sd-jwt verify`; resolves to the exit status. */
export async function verifySdJwtCommand(r: InspectResult, values: Values, io: Io): Promise<number> {
  const o = await check(r, values);
  const profile = r.jws ? await profileReport(r, profileContext(values, clockOptions(values)), o.result ? { key: o.result.key, alg: o.result.alg, ...(o.provenance ? { provenance: o.provenance } : {}), findings: o.findings } : undefined) : undefined;
  const exit = o.exit === EXIT.ok && profile?.mustFailed ? EXIT.failed : o.exit;
  const kbChecks = o.kbChecks ?? o.decoded?.kb?.checks;
  if (values.json) {
    io.json({
      status: o.verdict.status,
      reason: o.verdict.reason,
      verified: o.result !== undefined,
      ...(o.result ? { claimsValid: o.claimsValid, alg: o.result.alg, signatureIndex: o.result.signatureIndex, provenance: o.provenance } : {}),
      kind: r.sdJwt?.keyBinding ? 'SD-JWT+KB' : 'SD-JWT',
      ...(o.decoded ? sdJwtDocument(o.decoded) : {}),
      ...(kbChecks ? { kbChecks } : {}),
      findings: o.findings,
      ...(profile ? { profileValid: !profile.mustFailed, profile: profile.profile, bestPractices: profile.bestPractices } : {}),
      ...(o.error ? { error: o.error } : {}),
    });
    return exit;
  }
  const p = io.paint;
  io.out(verdictLine(o.verdict, p, o.claimsValid === false || profile?.mustFailed === true));
  if (o.provenance) io.out(`Key: ${o.provenance.label}${o.provenance.source === 'pasted' ? ' (given with --key)' : ''}`);
  if (o.decoded) io.out(`\n${sdJwtLines(o.decoded, p, o.kbChecks).join('\n')}`);
  const findings = findingLines(o.findings, p);
  if (findings.length) io.out(`\n${p.bold('Findings')}\n${findings.join('\n')}`);
  if (profile) io.out(`\n${profileLines(profile, p).join('\n')}`);
  return exit;
}
