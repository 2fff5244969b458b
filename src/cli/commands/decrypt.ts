/** `jose-lab decrypt`: open a JWE; the plaintext on stdout, the page's verdict on stderr. */
import {
  acceptedByDebugger, base64urlEncode, decrypt, decryptedVerdict, DEFAULT_MAX_PBES2_COUNT, failure, inspect, isJoseError, JWE_ALGS,
  keyWords, malformed, timeCaveat, triedKeyWords, validateClaims, type Finding,
} from '../../jose/index.ts';
import { parseTime } from '../clock.ts';
import { list, str, type Command } from '../command.ts';
import { CliError, EXIT, usage } from '../errors.ts';
import { readTextArg } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS, loadKey } from '../key-input.ts';
import { findingLines, verdictLine } from '../report.ts';

const help = `Usage: jose-lab decrypt [TOKEN|-] --key FILE|TEXT [options]

Decrypts a JWE (compact or JSON) and writes the plaintext to stdout exactly as it was encrypted;
the verdict ("Decrypted — A256GCM … opened with …" or "Decryption failed — …; failed while …; key
tried: …") and the findings go to stderr. Like the page, every algorithm is tried, RSA1_5 and
PBES2 included, with a finding saying a library would refuse them by default.

Options:
${KEY_HELP}
  --alg ALG[,ALG]      accept only these key management algorithms (repeatable)
  --enc ENC[,ENC]      accept only these content encryptions (repeatable)
  --max-p2c N          highest PBES2 count accepted (default ${DEFAULT_MAX_PBES2_COUNT})
  --now TIME           the clock for exp / nbf of JSON claims inside (seconds, ISO date, +1h)
  --json               {"status", "reason", "header", "text" or "base64url", "claims", "findings"}

Exit status: 0 decrypted (and its claims, if any, are in time), 1 decryption failed or the claims
expired / are not yet valid, 2 bad input.

Examples:
  jose-lab decrypt "$JWE" --key rsa.jwk | jq .
  jose-lab decrypt "$JWE" --key 'correct horse battery staple'
  jose-lab decrypt - --key 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f --encoding hex --json < token.txt`;

const decryptCommand: Command = {
  options: { ...KEY_OPTIONS, alg: { type: 'string', multiple: true }, enc: { type: 'string', multiple: true }, 'max-p2c': { type: 'string' }, now: { type: 'string' } },
  help,
  async run(values, positionals, io) {
    const r = inspect(await readTextArg(positionals[0], io, 'token'));
    if (r.kind === 'JWS' || r.kind === 'unsecured') throw usage('This is a JWS (signed), not a JWE: check it with "jose-lab verify"');
    if (!r.jwe) {
      const p = r.problems[0];
      const v = p ? malformed(p.message, p.offset) : malformed(r.reason);
      throw new CliError(p?.code ?? 'NOT_A_TOKEN', v.reason, EXIT.badInput, p?.segment, p?.offset);
    }
    const alg = typeof r.header?.alg === 'string' ? r.header.alg : undefined;
    const key = await loadKey(values, alg);
    const maxText = str(values, 'max-p2c');
    const maxPbes2Count = maxText === undefined ? DEFAULT_MAX_PBES2_COUNT : Number(maxText);
    if (!(maxPbes2Count > 0)) throw usage('--max-p2c must be a number above 0');
    const nowText = str(values, 'now');
    const now = nowText !== undefined ? parseTime(nowText, 'now') : Date.now() / 1000;
    const encryptions = list(values, 'enc');
    let result;
    try {
      result = await decrypt(r, key, { algorithms: list(values, 'alg') ?? JWE_ALGS, maxPbes2Count, ...(encryptions ? { encryptions } : {}) });
    } catch (error) {
      if (!isJoseError(error)) throw error;
      const v = failure({ kind: 'JWE', code: error.code, message: error.message, ...(error.step ? { step: error.step } : {}), tried: triedKeyWords(key, r.header, 'decrypt') });
      const exit = v.status === 'Malformed token' ? EXIT.badInput : EXIT.failed;
      if (values.json) io.json({ status: v.status, reason: v.reason, decrypted: false, findings: [], error: { code: error.code, message: error.message, segment: error.segment ?? null, offset: error.offset ?? null } });
      else io.err(verdictLine(v, io.paint));
      return exit;
    }
    const findings: Finding[] = [...result.findings];
    const used = typeof result.header.alg === 'string' ? result.header.alg : '';
    if (used === 'RSA1_5' || used.startsWith('PBES2')) findings.push(acceptedByDebugger(used));
    if (result.claims) for (const { claim: _claim, ...f } of validateClaims(result.claims, { now })) findings.push(f);
    const verdict = decryptedVerdict(result, { now, json: r.serialization !== 'compact' });
    const inTime = timeCaveat(result.claims, { now }) === undefined;
    if (values.json) {
      io.json({
        status: verdict.status,
        reason: verdict.reason,
        decrypted: true,
        claimsValid: inTime,
        key: keyWords(result.key),
        header: result.header,
        ...(result.text !== undefined ? { text: result.text } : { base64url: base64urlEncode(result.plaintext) }),
        claims: result.claims ?? null,
        ...(result.nested ? { nested: true } : {}),
        findings,
      });
    } else {
      io.write(result.plaintext);
      io.err(verdictLine(verdict, io.paint, !inTime));
      const lines = findingLines(findings, io.paint);
      if (lines.length) io.err(lines.join('\n'));
    }
    return inTime ? EXIT.ok : EXIT.failed;
  },
};

export default decryptCommand;
