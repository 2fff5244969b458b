/** `jose-lab verify`: the Decode screen's Result for a JWS, with the page's words, as an exit status; then the profile checks and best practices. */
import {
  algorithmConfusion, failure, inspect, isJoseError, keyRequired, keyWords, malformed, timeCaveat, triedKeyWords, unsecured,
  validateClaims, verifiedVerdict, verifyWithKeySource,
  type Finding, type InspectResult, type Verdict, type VerifyResult, type X5cChain,
} from '../../jose/index.ts';
import { clockOptions } from '../clock.ts';
import { list, str, type Command, type Values } from '../command.ts';
import { EXIT, usage } from '../errors.ts';
import { readTextArg, type Io } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS } from '../key-input.ts';
import { KEY_SOURCE_HELP, KEY_SOURCE_OPTIONS, resolveKeySource, type ResolvedSource } from '../key-source.ts';
import { PROFILE_HELP, PROFILE_OPTIONS, profileContext, profileLines, profileReport, type ProfileReport } from '../profile-report.ts';
import { findingLines, verdictLine } from '../report.ts';
import { KB_HELP, KB_OPTIONS } from '../sd-jwt/options.ts';

const SEED =
  'eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8';

const help = `Usage: jose-lab verify [TOKEN|-] (--key FILE|TEXT | --jwks URL | --issuer URL | --key-source header-jwk|x5c) [options]

Checks the signature of a JWS (compact or JSON) and its claims, and says why in the words of the
Decode screen: "Signature verified — …", "Invalid signature — …; key tried: …", "Malformed token — …
(at offset N)", "Unsecured JWS — there is no signature to check". A good signature on an expired or
not-yet-valid token reads "Signature verified — but it expired …" and fails (exit 1). Then where the
key came from, the findings, the profile checks (ID token, RFC 9068 access token, DPoP proof, logout
token, SET, client assertion, KB-JWT, SD-JWT VC, or a plain JWT) and the RFC 8725 best practices.
An SD-JWT gets its disclosure tree and Key Binding JWT checks too (see "jose-lab sd-jwt verify").

Options:
${KEY_HELP}
${KEY_SOURCE_HELP}
  --alg ALG[,ALG]      accept only these algorithms (repeatable); default: the one the key fits
  --aud AUDIENCE       "aud" must contain this value (repeatable)
  --now TIME           the clock for exp / nbf (seconds, ISO date, or +1h / -2d); default now
  --clock-tolerance S  seconds of leeway for exp / nbf (default 0)
  --json               one JSON document: status, reason, verified, claimsValid, key, provenance, header,
                       claims, findings, profile, bestPractices

${PROFILE_HELP}

SD-JWT:
${KB_HELP}

Exit status: 0 the signature, the claims and the profile's required checks are good; 1 the signature,
the claims (expired, not yet valid, issuer or audience) or a required ("must") profile check fail;
2 bad input (not a JWS, no usable key, bad option). The best-practices checklist is advice: it
never changes the exit status.

Examples:
  # The seed documents' HS256 token and its secret: the signature is good, but it expired in 2014 (exit 1)
  jose-lab verify ${SEED} --key password
  # The same at a time it was valid (exit 0)
  jose-lab verify ${SEED} --key password --now 2014-03-24T00:00:00Z
  jose-lab verify "$TOKEN" --key public.der --alg RS256
  jose-lab verify "$ID_TOKEN" --issuer https://accounts.example.com --client-id my-client --nonce "$NONCE" --access-token "$AT"
  jose-lab verify "$DPOP_PROOF" --key-source header-jwk --dpop-htm POST --dpop-htu https://rs.example/api
  jose-lab verify "$TOKEN" --key-source x5c --trust-root root-ca.pem
  echo "Bearer $TOKEN" | jose-lab verify - --jwks https://example.com/.well-known/jwks.json --json`;

interface Outcome {
  verdict: Verdict;
  exit: number;
  findings: Finding[];
  result?: VerifyResult;
  claimsValid?: boolean;
  /** The x5c chain when the verify was refused over it. */
  chain?: X5cChain;
  source?: ResolvedSource;
  error?: { code: string; message: string; segment: string | null; offset: number | null };
}

/** The first problem that stops verify, as the page's "Malformed token" verdict. */
function malformedVerdict(r: InspectResult): Verdict {
  const p = r.problems.find((x) => x.code !== 'JSON_ESCAPES') ?? r.problems[0];
  return p ? malformed(p.message, p.offset) : malformed(r.reason || 'This is not a JWS or JWE serialization');
}

function verified(r: InspectResult, result: VerifyResult, values: Values, source: ResolvedSource): Outcome {
  const { now, clockTolerance } = clockOptions(values);
  const audience = list(values, 'aud');
  const issuer = str(values, 'iss') ?? source.issuer;
  const expectations = validateClaims(result.claims ?? {}, { now, ...(issuer !== undefined ? { issuer } : {}), ...(audience ? { audience } : {}) })
    .filter((f) => f.code === 'CLAIM_ISSUER_MISMATCH' || f.code === 'CLAIM_AUDIENCE_MISMATCH');
  const verdict = verifiedVerdict(result, { now, clockTolerance, json: r.serialization !== 'compact' });
  const late = timeCaveat(result.claims, { now, clockTolerance });
  if (expectations.length && !late) verdict.reason = `but ${expectations.map((f) => f.message).join('; ')}; ${verdict.reason}`;
  const claimsValid = expectations.length === 0 && late === undefined;
  return { verdict, exit: claimsValid ? EXIT.ok : EXIT.failed, findings: [...source.findings, ...result.findings, ...expectations], result, claimsValid, source };
}

function refused(r: InspectResult, error: unknown, source: ResolvedSource): Outcome {
  if (!isJoseError(error)) throw error;
  const alg = typeof r.header?.alg === 'string' ? r.header.alg : '';
  const keys = source.keys === undefined ? [] : source.keys.type === 'set' ? source.keys.keys : [source.keys];
  const confusion = /^HS\d+$/.test(alg) && error.code === 'ERR_KEY_MISMATCH' && keys.some((k) => k.kty !== 'oct');
  const tried = source.keys ? triedKeyWords(source.keys, r.header, 'verify') : source.where;
  const chain = error.code === 'ERR_X5C_UNTRUSTED' ? (error.details?.chain as X5cChain | undefined) : undefined;
  // A chain that reaches no pasted root leaves no key to check with; a broken or expired one is a failure.
  const verdict = chain?.status === 'not-anchored' ? { status: 'Key required' as const, reason: `${error.message} (here: --trust-root FILE, or --trust-leaf)` } : failure({ kind: 'JWS', code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), tried });
  return {
    verdict,
    exit: verdict.status === 'Malformed token' || verdict.status === 'Key required' ? EXIT.badInput : EXIT.failed,
    findings: [...source.findings, ...(confusion ? [algorithmConfusion(alg)] : [])],
    ...(chain ? { chain } : {}),
    source,
    error: { code: error.code, message: error.message, segment: error.segment ?? null, offset: error.offset ?? null },
  };
}

async function check(r: InspectResult, values: Values): Promise<Outcome> {
  if (r.kind === 'JWE') throw usage('This is a JWE (encrypted), not a JWS: open it with "jose-lab decrypt"');
  if (r.kind === 'unsecured' && r.jws) return { verdict: unsecured(), exit: EXIT.failed, findings: r.findings };
  if (!r.jws) {
    const p = r.problems[0];
    return { verdict: malformedVerdict(r), exit: EXIT.badInput, findings: [], error: { code: p?.code ?? 'NOT_A_TOKEN', message: p?.message ?? r.reason, segment: p?.segment ?? null, offset: p?.offset ?? null } };
  }
  const source = await resolveKeySource(values);
  if (!source) return { verdict: keyRequired('JWS', r.header), exit: EXIT.badInput, findings: [], error: { code: 'ERR_KEY_REQUIRED', message: 'Give the key with --key, --jwks, --issuer or --key-source', segment: 'key', offset: null } };
  const { now, clockTolerance } = clockOptions(values);
  const algorithms = list(values, 'alg');
  try {
    // r is the token inspect read (without "Bearer ", quotes and whitespace): verify reads it no second time.
    const result = await verifyWithKeySource(r, source.source, { now, clockTolerance, ...(algorithms ? { algorithms } : {}) });
    return verified(r, result, values, source);
  } catch (error) {
    return refused(r, error, source);
  }
}

function chainLines(chain: X5cChain, io: Io): string[] {
  const p = io.paint;
  return [
    `${p.bold('x5c chain')}: ${chain.status}${chain.anchor ? ` (up to ${chain.anchor})` : ''}`,
    ...chain.certificates.map((c) => `  ${c.index}  ${c.subject} ${p.dim(`(issued by ${c.issuer}; ${c.notBefore} – ${c.notAfter}; ${c.validity})`)}`),
    ...chain.links.map((l) => `  ${l.ok ? p.good('✓') : p.bad('✗')} ${l.message}`),
    ...chain.problems.map((x) => `  ${p.bad('✗')} ${x}`),
  ];
}

function keyLine(o: Outcome): string | undefined {
  const provenance = o.result?.provenance;
  if (!provenance) return undefined;
  const given = provenance.source === 'pasted' && o.source?.where === '--key' ? ' (given with --key)' : '';
  return `Key: ${provenance.label}${given}`;
}

function report(o: Outcome, profile: ProfileReport | undefined, io: Io): void {
  io.out(verdictLine(o.verdict, io.paint, o.claimsValid === false || profile?.mustFailed === true));
  const key = keyLine(o);
  if (key) io.out(key);
  const chain = o.chain ?? (o.result?.provenance.source === 'x5c' ? o.result.provenance.chain : undefined);
  if (chain) io.out(chainLines(chain, io).join('\n'));
  const lines = findingLines(o.findings, io.paint);
  if (lines.length) io.out(`${io.paint.bold('Findings')}\n${lines.join('\n')}`);
  if (profile) io.out(profileLines(profile, io.paint).join('\n'));
}

const verifyCommand: Command = {
  options: {
    ...KEY_OPTIONS,
    ...KEY_SOURCE_OPTIONS,
    alg: { type: 'string', multiple: true },
    aud: { type: 'string', multiple: true },
    now: { type: 'string' },
    'clock-tolerance': { type: 'string' },
    ...PROFILE_OPTIONS,
    ...KB_OPTIONS,
  },
  help,
  async run(values, positionals, io) {
    const r = inspect(await readTextArg(positionals[0], io, 'token'));
    if (r.kind === 'SD-JWT') {
      const { verifySdJwtCommand } = await import('../sd-jwt/verify.ts');
      return verifySdJwtCommand(r, values, io);
    }
    const o = await check(r, values);
    // Profile checks read the token itself; they run whenever it is a readable JWS.
    const profile = r.jws ? await profileReport(r, profileContext(values, clockOptions(values), o.source?.issuer), o.result) : undefined;
    const exit = o.exit === EXIT.ok && profile?.mustFailed ? EXIT.failed : o.exit;
    if (values.json) {
      const res = o.result;
      io.json({
        status: o.verdict.status,
        reason: o.verdict.reason,
        verified: res !== undefined,
        ...(res ? { claimsValid: o.claimsValid, alg: res.alg, signatureIndex: res.signatureIndex, key: keyWords(res.key), provenance: res.provenance, header: res.header, claims: res.claims ?? null } : {}),
        ...(o.chain ? { chain: o.chain } : {}),
        findings: o.findings,
        ...(profile ? { profileValid: !profile.mustFailed, profile: profile.profile, bestPractices: profile.bestPractices } : {}),
        ...(o.error ? { error: o.error } : {}),
      });
    } else {
      report(o, profile, io);
    }
    return exit;
  },
};

export default verifyCommand;
