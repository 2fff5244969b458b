/** `jose-lab verify`: the Decode screen's Result for a JWS, with the page's words, as an exit status. */
import {
  algorithmConfusion, failure, importKey, inspect, isJoseError, keyRequired, keyWords, malformed, timeCaveat, triedKeyWords,
  unsecured, validateClaims, verifiedVerdict, verify,
  type Finding, type InspectResult, type JoseKey, type JoseKeySet, type Verdict, type VerifyResult,
} from '../../jose/index.ts';
import { parseTime } from '../clock.ts';
import { list, str, type Command, type Values } from '../command.ts';
import { CliError, EXIT, usage } from '../errors.ts';
import { jwksFromIssuer, jwksFromUrl } from '../fetch-keys.ts';
import { readTextArg, type Io } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS, loadKey } from '../key-input.ts';
import { findingLines, verdictLine } from '../report.ts';

const SEED =
  'eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8';

const help = `Usage: jose-lab verify [TOKEN|-] (--key FILE|TEXT | --jwks URL | --issuer URL) [options]

Checks the signature of a JWS (compact or JSON) and its claims, and says why in the words of the
Decode screen: "Signature verified — …", "Invalid signature — …; key tried: …", "Malformed token — …
(at offset N)", "Unsecured JWS — there is no signature to check". A good signature on an expired or
not-yet-valid token reads "Signature verified — but it expired …" and fails (exit 1).

Options:
${KEY_HELP}
  --jwks URL           fetch the keys from this JWKS URL (the only network use, with a timeout)
  --issuer URL         fetch the keys through the issuer's OpenID discovery document; "iss" must match
  --alg ALG[,ALG]      accept only these algorithms (repeatable); default: the one the key fits
  --aud AUDIENCE       "aud" must contain this value (repeatable)
  --now TIME           the clock for exp / nbf (seconds, ISO date, or +1h / -2d); default now
  --clock-tolerance S  seconds of leeway for exp / nbf (default 0)
  --timeout S          seconds to wait for --jwks / --issuer (default 10)
  --json               one JSON document: status, reason, verified, claimsValid, header, claims, findings

Exit status: 0 the signature and the claims are good, 1 the signature or the claims fail
(expired, not yet valid, issuer or audience), 2 bad input (not a JWS, no usable key, bad option).

Examples:
  # The seed documents' HS256 token and its secret: the signature is good, but it expired in 2014 (exit 1)
  jose-lab verify ${SEED} --key password
  # The same at a time it was valid (exit 0)
  jose-lab verify ${SEED} --key password --now 2014-03-24T00:00:00Z
  jose-lab verify "$TOKEN" --key public.pem --alg RS256
  jose-lab verify "$ID_TOKEN" --issuer https://accounts.example.com --aud my-client-id
  echo "Bearer $TOKEN" | jose-lab verify - --jwks https://example.com/.well-known/jwks.json --json`;

interface KeySource {
  key: JoseKey | JoseKeySet;
  /** Where the keys came from, for the report: "--key", "https://…/jwks.json". */
  from: string;
  issuer?: string;
}

async function keySource(values: Values): Promise<KeySource | undefined> {
  const given = ['key', 'jwks', 'issuer'].filter((o) => values[o] !== undefined);
  if (given.length > 1) throw usage(`Give one of --key, --jwks and --issuer, not ${given.map((g) => `--${g}`).join(' and ')}`);
  const timeout = Number(str(values, 'timeout') ?? 10);
  if (!(timeout > 0)) throw usage('--timeout must be a number of seconds above 0');
  const jwksUrl = str(values, 'jwks');
  const issuer = str(values, 'issuer');
  if (jwksUrl !== undefined || issuer !== undefined) {
    const fetched: { jwks: string; url: string; issuer?: string } = issuer !== undefined ? await jwksFromIssuer(issuer, timeout * 1000) : await jwksFromUrl(jwksUrl!, timeout * 1000);
    try {
      return { key: await importKey(fetched.jwks), from: fetched.url, ...(fetched.issuer !== undefined ? { issuer: fetched.issuer } : {}) };
    } catch (error) {
      if (!isJoseError(error)) throw error;
      throw new CliError(error.code, `The JWKS at ${fetched.url} could not be read: ${error.message}`, EXIT.badInput, 'key');
    }
  }
  if (values.key === undefined) return undefined;
  return { key: await loadKey(values), from: '--key' };
}

/** The first problem that stops verify, as the page's "Malformed token" verdict. */
function malformedVerdict(r: InspectResult): Verdict {
  const p = r.problems.find((x) => x.code !== 'JSON_ESCAPES') ?? r.problems[0];
  return p ? malformed(p.message, p.offset) : malformed(r.reason || 'This is not a JWS or JWE serialization');
}

interface Outcome {
  verdict: Verdict;
  exit: number;
  findings: Finding[];
  result?: VerifyResult;
  claimsValid?: boolean;
  error?: { code: string; message: string; segment: string | null; offset: number | null };
}

async function check(r: InspectResult, values: Values): Promise<Outcome> {
  if (r.kind === 'JWE') throw usage('This is a JWE (encrypted), not a JWS: open it with "jose-lab decrypt"');
  if (r.kind === 'unsecured' && r.jws) return { verdict: unsecured(), exit: EXIT.failed, findings: r.findings };
  if (!r.jws) {
    const p = r.problems[0];
    return { verdict: malformedVerdict(r), exit: EXIT.badInput, findings: [], error: { code: p?.code ?? 'NOT_A_TOKEN', message: p?.message ?? r.reason, segment: p?.segment ?? null, offset: p?.offset ?? null } };
  }
  const source = await keySource(values);
  if (!source) return { verdict: keyRequired('JWS', r.header), exit: EXIT.badInput, findings: [], error: { code: 'ERR_KEY_REQUIRED', message: 'Give the key with --key, --jwks or --issuer', segment: 'key', offset: null } };
  const nowOption = str(values, 'now');
  const now = nowOption !== undefined ? parseTime(nowOption, 'now') : Date.now() / 1000;
  const clockTolerance = Number(str(values, 'clock-tolerance') ?? 0);
  const algorithms = list(values, 'alg');
  try {
    const result = await verify(r.text, source.key, { now, clockTolerance, ...(algorithms ? { algorithms } : {}) });
    const audience = list(values, 'aud');
    const expectations = validateClaims(result.claims ?? {}, { now, ...(source.issuer ? { issuer: source.issuer } : {}), ...(audience ? { audience } : {}) })
      .filter((f) => f.code === 'CLAIM_ISSUER_MISMATCH' || f.code === 'CLAIM_AUDIENCE_MISMATCH');
    const verdict = verifiedVerdict(result, { now, clockTolerance, json: r.serialization !== 'compact' });
    if (expectations.length && !timeCaveat(result.claims, { now, clockTolerance })) verdict.reason = `but ${expectations.map((f) => f.message).join('; ')}; ${verdict.reason}`;
    const claimsValid = expectations.length === 0 && timeCaveat(result.claims, { now, clockTolerance }) === undefined;
    return { verdict, exit: claimsValid ? EXIT.ok : EXIT.failed, findings: [...result.findings, ...expectations], result, claimsValid };
  } catch (error) {
    if (!isJoseError(error)) throw error;
    const alg = typeof r.header?.alg === 'string' ? r.header.alg : '';
    const keys = source.key.type === 'set' ? source.key.keys : [source.key];
    const confusion = /^HS\d+$/.test(alg) && error.code === 'ERR_KEY_MISMATCH' && keys.some((k) => k.kty !== 'oct');
    const verdict = failure({ kind: 'JWS', code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), tried: triedKeyWords(source.key, r.header, 'verify') });
    return {
      verdict,
      exit: verdict.status === 'Malformed token' ? EXIT.badInput : EXIT.failed,
      findings: confusion ? [algorithmConfusion(alg)] : [],
      error: { code: error.code, message: error.message, segment: error.segment ?? null, offset: error.offset ?? null },
    };
  }
}

// Profile checks (issue 16) plug in after check(): once the engine exports checkProfile and
// bestPractices, call them on the verified token, add `profile` / `bestPractices` to the --json
// document and print their lines after the findings; a failed required check makes the exit 1.
function report(o: Outcome, io: Io): void {
  io.out(verdictLine(o.verdict, io.paint, o.claimsValid === false));
  const lines = findingLines(o.findings, io.paint);
  if (lines.length) io.out(`${io.paint.bold('Findings')}\n${lines.join('\n')}`);
}

const verifyCommand: Command = {
  options: {
    ...KEY_OPTIONS,
    jwks: { type: 'string' },
    issuer: { type: 'string' },
    alg: { type: 'string', multiple: true },
    aud: { type: 'string', multiple: true },
    now: { type: 'string' },
    'clock-tolerance': { type: 'string' },
    timeout: { type: 'string' },
  },
  help,
  async run(values, positionals, io) {
    const r = inspect(await readTextArg(positionals[0], io, 'token'));
    const o = await check(r, values);
    if (values.json) {
      const res = o.result;
      io.json({
        status: o.verdict.status,
        reason: o.verdict.reason,
        verified: res !== undefined,
        ...(res ? { claimsValid: o.claimsValid, alg: res.alg, signatureIndex: res.signatureIndex, key: keyWords(res.key), header: res.header, claims: res.claims ?? null } : {}),
        findings: o.findings,
        ...(o.error ? { error: o.error } : {}),
      });
    } else {
      report(o, io);
    }
    return o.exit;
  },
};

export default verifyCommand;
