/** `sd-jwt issue` and `sd-jwt present`: an Issuer's SD-JWT, and a Holder's presentation of it with a Key Binding JWT. */
import {
  decodeSdJwt, derivePublicKey, inspect, isJwsAlg, issueSdJwt, JWS_ALGS, presentSdJwt,
  type IssueSdJwtOptions, type JoseKey, type SdAlg, type SdJwtSerialization,
} from '../../jose/index.ts';
import { list, str, type Values } from '../command.ts';
import { EXIT, usage } from '../errors.ts';
import { readTextArg, type Io } from '../io.ts';
import { loadKey, loadKeyOption, singleKey } from '../key-input.ts';
import { preparePayload } from '../payload.ts';

const SD_ALGS: readonly SdAlg[] = ['sha-256', 'sha-384', 'sha-512'];

/** --decoys N (in every "_sd" array made), or --decoys /pointer=N (repeatable) for chosen objects and arrays. */
function decoysOf(values: Values): IssueSdJwtOptions['decoys'] {
  const given = list(values, 'decoys');
  if (!given) return undefined;
  if (given.length === 1 && /^\d+$/.test(given[0]!)) return Number(given[0]);
  const out: Record<string, number> = {};
  for (const g of given) {
    const m = /^(\/.*|)=(\d+)$/.exec(g);
    if (!m) throw usage(`--decoys takes a number (--decoys 2) or POINTER=N (--decoys /address=1, --decoys =3 for the top level), not ${JSON.stringify(g)}`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

function serializationOf(values: Values): SdJwtSerialization {
  const s = str(values, 'serialization') ?? 'compact';
  const map: Record<string, SdJwtSerialization> = { compact: 'compact', flattened: 'json-flattened', general: 'json-general' };
  if (!map[s]) throw usage(`--serialization must be compact, flattened or general, not ${JSON.stringify(s)}`);
  return map[s];
}

/** A holder key for "cnf": the public half of what was given. */
async function holderPublicKey(values: Values): Promise<JoseKey | undefined> {
  const key = await loadKeyOption(values, 'holder-key');
  if (!key) return undefined;
  const one = singleKey(key, undefined);
  return one.type === 'private' ? derivePublicKey(one) : one;
}

export async function issue(values: Values, positionals: string[], io: Io): Promise<number> {
  if (values.exact) throw usage('--exact is for sign: issue reads the claims as JSON and re-encodes them with their digests');
  const text = positionals[0] === undefined && io.stdinIsTTY ? '{}' : await readTextArg(positionals[0], io, 'claims');
  if (!/^\s*\{/.test(text)) throw usage('The claims of an SD-JWT must be a JSON object ({ ... })');
  const p = preparePayload(values, text);
  const alg = str(values, 'alg') ?? (typeof p.header.alg === 'string' ? p.header.alg : undefined);
  if (alg === undefined || !isJwsAlg(alg)) throw usage(`${alg === undefined ? 'Give the Issuer\'s algorithm with --alg' : `--alg ${alg} is not a JWS algorithm`}; one of ${JWS_ALGS.join(', ')} ("none" is not allowed for an SD-JWT)`);
  const sdAlg = str(values, 'sd-alg') ?? 'sha-256';
  if (!(SD_ALGS as readonly string[]).includes(sdAlg)) throw usage(`--sd-alg must be one of ${SD_ALGS.join(', ')}`);
  const key = singleKey(await loadKey(values), str(values, 'kid'));
  if (key.kid !== undefined && p.header.kid === undefined) p.header.kid = key.kid;
  const typ = str(values, 'typ');
  if (typ !== undefined) p.header.typ = typ;
  const holderKey = await holderPublicKey(values);
  const decoys = decoysOf(values);
  const { alg: _alg, ...header } = p.header;
  const token = await issueSdJwt(JSON.parse(p.payload), key, {
    alg,
    disclose: list(values, 'disclose') ?? [],
    sdAlg: sdAlg as SdAlg,
    header,
    serialization: serializationOf(values),
    ...(decoys !== undefined ? { decoys } : {}),
    ...(holderKey ? { holderKey } : {}),
  });
  if (!values.json) {
    io.out(token);
    return EXIT.ok;
  }
  const d = await decodeSdJwt(token);
  io.json({
    token,
    alg,
    sdAlg: d.sdAlg,
    header: d.header,
    payload: d.payload,
    disclosures: d.disclosures.map((x) => ({ pointer: x.pointer, ...(x.name !== undefined ? { name: x.name } : {}), value: x.value, salt: x.salt, digest: x.digest, encoded: x.encoded })),
  });
  return EXIT.ok;
}

export async function present(values: Values, positionals: string[], io: Io): Promise<number> {
  // The SD-JWT as issued, cleaned of "Bearer ", quotes and whitespace as everywhere.
  const r = inspect(await readTextArg(positionals[0], io, 'SD-JWT'));
  if (r.kind !== 'SD-JWT') throw usage(`This is ${r.kind === 'not-a-token' ? 'not a token' : `a ${r.kind}`}, not an SD-JWT (<Issuer-signed JWT>~<Disclosures>~)`);
  const disclose = values.all ? 'all' as const : list(values, 'disclose');
  if (!disclose) throw usage('Say what to reveal with --disclose /pointer (repeatable), or --all');
  const holder = await loadKeyOption(values, 'holder-key');
  const holderKey = holder ? singleKey(holder, undefined) : undefined;
  if (!holderKey && (values.aud !== undefined || values.nonce !== undefined)) throw usage('--aud and --nonce go into a Key Binding JWT: give the holder\'s private key with --holder-key');
  const issuerKey = values.key !== undefined ? await loadKey(values) : undefined;
  const kbAlg = str(values, 'kb-alg');
  if (kbAlg !== undefined && !isJwsAlg(kbAlg)) throw usage(`--kb-alg ${kbAlg} is not a JWS algorithm`);
  const token = await presentSdJwt(r.text, {
    disclose,
    ...(holderKey ? { holderKey } : {}),
    ...(str(values, 'aud') !== undefined ? { aud: str(values, 'aud')! } : {}),
    ...(str(values, 'nonce') !== undefined ? { nonce: str(values, 'nonce')! } : {}),
    ...(kbAlg !== undefined && isJwsAlg(kbAlg) ? { alg: kbAlg } : {}),
    ...(issuerKey ? { issuerKey } : {}),
  });
  if (!values.json) {
    io.out(token);
    return EXIT.ok;
  }
  const d = await decodeSdJwt(token);
  io.json({ token, disclosed: d.disclosures.map((x) => x.pointer), keyBinding: d.kb !== undefined, claims: d.claims });
  return EXIT.ok;
}
