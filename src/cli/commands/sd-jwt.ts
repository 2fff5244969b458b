/** `jose-lab sd-jwt decode | verify | issue | present`: selective disclosure (RFC 9901), as Issuer, Holder and Verifier. */
import { decodeSdJwt, inspect, isJoseError, JWS_ALGS, malformed, PROFILE_NAMES, type InspectResult } from '../../jose/index.ts';
import { clockOptions } from '../clock.ts';
import { type Command, type Values } from '../command.ts';
import { CliError, EXIT, usage } from '../errors.ts';
import { readTextArg, type Io } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS } from '../key-input.ts';
import { KEY_SOURCE_OPTIONS } from '../key-source.ts';
import { PAYLOAD_OPTIONS } from '../payload.ts';
import { PROFILE_OPTIONS } from '../profile-report.ts';
import { findingLines } from '../report.ts';
import { issue, present } from '../sd-jwt/make.ts';
import { KB_HELP, KB_OPTIONS, kbPolicy } from '../sd-jwt/options.ts';
import { sdJwtDocument, sdJwtLines } from '../sd-jwt/tree.ts';
import { verifySdJwtCommand } from '../sd-jwt/verify.ts';

const help = `Usage: jose-lab sd-jwt decode [SD-JWT|-] [--kb-aud A --kb-nonce N] [--now TIME]
       jose-lab sd-jwt verify [SD-JWT|-] --key FILE|TEXT [--kb-aud A --kb-nonce N --kb-required --holder-key K]
       jose-lab sd-jwt issue --key FILE|TEXT --alg ALG --disclose /ptr ... [--sd-alg H] [--decoys N] [--holder-key K] [CLAIMS|-]
       jose-lab sd-jwt present [SD-JWT|-] (--disclose /ptr ... | --all) [--holder-key K --aud A --nonce N]

Selective Disclosure JWTs (RFC 9901): an Issuer signs a JWT whose claims are replaced by digests,
hands the Holder one Disclosure (salt, name, value) per claim, and the Holder shows a Verifier only
the Disclosures it chooses, proving with a Key Binding JWT that it holds the key in "cnf".

decode     the disclosure tree — every claim always visible, disclosed (with its salt and digest) or
           hidden (the count of undisclosed digests: withheld claims or decoys) — each Disclosure
           decoded and where its digest was found, the Key Binding JWT's checks one by one (its
           signature with the key in "cnf"). The Issuer's signature is not checked: no key.
verify     the same, with the Issuer's signature verified (--key, --jwks or --issuer) and every rule
           of RFC 9901 §7 enforced; then the profile checks and best practices, as "jose-lab verify".
issue      signs CLAIMS (JSON; "-" or piped input reads stdin) with the members and array elements
           named by --disclose made selectively disclosable (a pointer below another: recursive).
present    keeps only the Disclosures for --disclose (pointers into the claims as the Verifier will
           see them; the Disclosures above a nested one come along), and with --holder-key appends
           a Key Binding JWT for --aud and --nonce.

Options:
${KEY_HELP}
                       decode: none; verify: the Issuer's public key; issue: its private key;
                       present: the Issuer's key, to check what you were given before presenting it
  --jwks URL, --issuer URL, --timeout S   verify: fetch the Issuer's keys (see "jose-lab verify --help")
  --alg ALG            issue: ${JWS_ALGS.join(', ')}; verify: the algorithms accepted (repeatable)
  --disclose /PTR      issue: what to make selectively disclosable; present: what to reveal (RFC 6901
                       pointers, repeatable: /given_name, /address/locality, /nationalities/1)
  --all                present: reveal every Disclosure
  --sd-alg H           issue: the digest algorithm, sha-256 (default), sha-384 or sha-512
  --decoys N           issue: N decoy digests in every "_sd" made; or POINTER=N for one object or
                       array (--decoys =2 --decoys /nationalities=1)
  --holder-key K       issue: the holder's key (its public JWK goes into "cnf");
                       present: the holder's private key, to sign the Key Binding JWT;
                       verify: the holder's key when "cnf" names it by "jkt" or "kid"
  --aud A, --nonce N   present: the Key Binding JWT's "aud" (the Verifier) and "nonce" (its challenge)
  --kb-alg ALG         present: the Key Binding JWT's algorithm (default: the one the holder key fits)
  --typ T, --header JSON, --kid KID, --iat, --exp TIME   issue: the header's "typ" (dc+sd-jwt for an
                       SD-JWT VC), more header members, the key of a JWKS, "iat", "exp"
  --serialization S    issue: compact (default), flattened or general (JWS JSON, RFC 9901 §8)
${KB_HELP}
  --profile NAME       verify: check as ${PROFILE_NAMES.join(', ')}
  --now TIME           decode, verify: the clock for exp / nbf and the Key Binding JWT's "iat"
  --json               one JSON document: decode / verify {kind, claims, tree, disclosures, kb, findings,
                       (verify) status, reason, verified, profile, bestPractices}; issue {token, disclosures};
                       present {token, disclosed, keyBinding, claims}

Exit status: decode 0 read, 2 not an SD-JWT; verify 0 verified (and in time, and the Key Binding JWT
good), 1 a signature, Disclosure, Key Binding or claims check failed, 2 bad input; issue and present
0 done, 2 bad input.

Examples:
  jose-lab keys generate ES256 --out issuer.jwk && jose-lab keys generate ES256 --out holder.jwk
  jose-lab sd-jwt issue --key issuer.jwk --alg ES256 --typ dc+sd-jwt --holder-key holder.jwk \\
      --disclose /given_name --disclose /address --disclose /address/locality --decoys 2 \\
      '{"iss":"https://issuer.example","vct":"https://credentials.example/id","given_name":"Erika","address":{"locality":"Köln","street":"Main St"}}' > cred.txt
  jose-lab sd-jwt decode - < cred.txt
  jose-lab sd-jwt present - --disclose /address/locality --holder-key holder.jwk --aud https://verifier.example --nonce n-0S6 < cred.txt > vp.txt
  jose-lab sd-jwt verify - --key issuer.jwk --kb-aud https://verifier.example --kb-nonce n-0S6 --kb-required < vp.txt`;

/** inspect's verdict on the text: an SD-JWT, or a usage error saying what it is instead. */
async function readSdJwt(positionals: string[], io: Io): Promise<InspectResult> {
  const r = inspect(await readTextArg(positionals[1], io, 'SD-JWT'));
  if (r.kind === 'SD-JWT') return r;
  const p = r.problems[0];
  if (r.kind === 'not-a-token' || r.kind === 'unknown') throw new CliError(p?.code ?? 'NOT_A_TOKEN', malformed(p?.message ?? r.reason, p?.offset).reason, EXIT.badInput, p?.segment, p?.offset);
  throw usage(`This is a ${r.kind === 'unsecured' ? 'Unsecured JWS' : r.kind} without Disclosures, not an SD-JWT (<Issuer-signed JWT>~<Disclosures>~): use "jose-lab ${r.kind === 'JWE' ? 'decrypt' : 'verify'}"`);
}

async function decode(values: Values, positionals: string[], io: Io): Promise<number> {
  const r = await readSdJwt(positionals, io);
  let d;
  try {
    d = await decodeSdJwt(r.text, { ...clockOptions(values), kb: await kbPolicy(values) });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    throw new CliError(error.code, error.message, EXIT.badInput, error.segment, error.offset !== undefined ? error.offset + r.start : undefined);
  }
  const kind = d.kb ? 'SD-JWT+KB' : 'SD-JWT';
  if (values.json) {
    io.json({ kind, verified: false, ...sdJwtDocument(d), findings: d.findings });
    return EXIT.ok;
  }
  const p = io.paint;
  io.out(p.bold(`${kind} · ${d.serialization === 'compact' ? 'compact' : d.serialization === 'json-flattened' ? 'flattened JSON' : 'general JSON'} serialization · ${d.disclosures.length} Disclosure${d.disclosures.length === 1 ? '' : 's'}`));
  io.out(p.warn('The Issuer\'s signature is not checked here: use "jose-lab sd-jwt verify --key ISSUER_KEY"'));
  io.out(`\n${sdJwtLines(d, p).join('\n')}`);
  const findings = findingLines(d.findings, p);
  if (findings.length) io.out(`\n${p.bold('Findings')}\n${findings.join('\n')}`);
  return EXIT.ok;
}

const sdJwt: Command = {
  options: {
    ...KEY_OPTIONS,
    ...KEY_SOURCE_OPTIONS,
    ...PAYLOAD_OPTIONS,
    ...PROFILE_OPTIONS,
    ...KB_OPTIONS,
    alg: { type: 'string', multiple: true },
    disclose: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    'sd-alg': { type: 'string' },
    decoys: { type: 'string', multiple: true },
    typ: { type: 'string' },
    aud: { type: 'string', multiple: true },
    now: { type: 'string' },
    'clock-tolerance': { type: 'string' },
  },
  help,
  async run(values, positionals, io) {
    const [sub] = positionals;
    if (sub === 'decode') return decode(values, positionals, io);
    if (sub === 'verify') return verifySdJwtCommand(await readSdJwt(positionals, io), values, io);
    if (sub === 'issue') return issue(values, positionals.slice(1), io);
    if (sub === 'present') return present(values, positionals.slice(1), io);
    throw usage(`${sub === undefined ? 'Give a subcommand' : `Unknown subcommand "${sub}"`}: decode, verify, issue or present. See "jose-lab sd-jwt --help"`);
  },
};

export default sdJwt;
