/**
 * The SD-JWT half of the decoder's check (runs in the token session worker): verifySdJwt with the
 * Issuer's key, or decodeSdJwt without one, turned into plain data for the Disclosures region and
 * the Result. On a failure the region still shows what could be read: the disclosure tree from
 * decodeSdJwt when only the signature or the KB-JWT failed, else the Disclosures as inspect reads them.
 */
import {
  decodeSdJwt,
  inspect,
  isJoseError,
  sdJwtFailure,
  sdJwtVerdict,
  verifySdJwt,
  type DecodedSdJwt,
  type Finding,
  type JoseKey,
  type JoseKeySet,
  type JsonObject,
  type JsonValue,
  type KeyBindingPolicy,
  type SdClaimNode,
  type SdJwtDisclosure,
  type SdJwtKeyBinding,
  type SdJwtVcInfo,
  type Verdict,
} from '../../../jose/index.ts';

/** A Disclosure as inspect read it, when the SD-JWT could not be processed. */
export interface RawDisclosure {
  index: number;
  encoded: string;
  start: number;
  end: number;
  salt?: string;
  name?: string;
  value?: JsonValue;
  problem?: string;
}

/** The failure the check stopped at, with where it sits. */
export interface SdJwtFailureSpot {
  code: string;
  message: string;
  /** Character offset in the token (the text verify got). */
  offset?: number;
  /** Which Disclosure (0-based), when one failed. */
  disclosure?: number;
  /** Which KB-JWT member, when the KB-JWT failed. */
  member?: string;
}

/** Everything the Disclosures region shows. Plain data: it crosses the worker boundary. */
export interface SdJwtReport {
  /** The Issuer's signature was verified (a key was given and it matched). */
  issuerVerified: boolean;
  /** A key was given (false: decodeSdJwt only, nothing is verified). */
  keyGiven: boolean;
  sdAlg?: string;
  claims?: JsonObject;
  tree?: SdClaimNode;
  disclosures: SdJwtDisclosure[];
  /** When the tree could not be built: the Disclosures as they decode. */
  raw: RawDisclosure[];
  kb?: Omit<SdJwtKeyBinding, 'text'>;
  vc?: SdJwtVcInfo;
  failure?: SdJwtFailureSpot;
}

export interface SdJwtCheck {
  verdict?: Verdict;
  report: SdJwtReport;
  findings: Finding[];
  signatureIndex?: number;
  /** The Issuer-signed JWT's header and the key that verified it, for the kid-mismatch caveat. */
  verified?: { header: JsonObject; key: JoseKey };
}

function spotOf(error: unknown): SdJwtFailureSpot {
  if (!isJoseError(error)) return { code: 'ERR_UNKNOWN', message: String((error as Error)?.message ?? error) };
  const d = error.details ?? {};
  return {
    code: error.code,
    message: error.message,
    ...(error.offset !== undefined ? { offset: error.offset } : {}),
    ...(typeof d.index === 'number' ? { disclosure: d.index } : {}),
    ...(typeof d.member === 'string' ? { member: d.member } : {}),
  };
}

function rawDisclosures(token: string): RawDisclosure[] {
  try {
    return (inspect(token).sdJwt?.disclosures ?? []).map((d) => ({
      index: d.index,
      encoded: d.encoded,
      start: d.start,
      end: d.end,
      ...(d.salt !== undefined ? { salt: d.salt } : {}),
      ...(d.name !== undefined ? { name: d.name } : {}),
      ...(d.value !== undefined ? { value: d.value } : {}),
      ...(d.problem !== undefined ? { problem: d.problem } : {}),
    }));
  } catch {
    return [];
  }
}

function fromDecoded(d: DecodedSdJwt, issuerVerified: boolean, keyGiven: boolean): SdJwtReport {
  const { text: _text, ...kb } = d.kb ?? ({} as SdJwtKeyBinding);
  return {
    issuerVerified,
    keyGiven,
    sdAlg: d.sdAlg,
    claims: d.claims,
    tree: d.tree,
    disclosures: d.disclosures,
    raw: [],
    ...(d.kb ? { kb } : {}),
    ...(d.vc ? { vc: d.vc } : {}),
  };
}

/** Without the Issuer's key: everything decodeSdJwt can show; never throws. */
async function decodeReport(token: string, keyGiven: boolean, policy: KeyBindingPolicy): Promise<{ report: SdJwtReport; findings: Finding[] }> {
  try {
    const d = await decodeSdJwt(token, { kb: policy });
    return { report: fromDecoded(d, false, keyGiven), findings: d.findings };
  } catch (error) {
    return { report: { issuerVerified: false, keyGiven, disclosures: [], raw: rawDisclosures(token), failure: spotOf(error) }, findings: [] };
  }
}

/**
 * Verifies (with a key) or decodes (without) an SD-JWT; never throws. `tried` names the key for
 * the Result when the Issuer's signature fails.
 *
 * @example
 * const { verdict, report } = await checkSdJwt(presentation, issuerKey, 'an EC P-256 public key');
 * report.tree; // the disclosure tree; verdict.status 'Signature verified'
 */
export async function checkSdJwt(token: string, key: JoseKey | JoseKeySet | undefined, tried = '', policy: KeyBindingPolicy = {}): Promise<SdJwtCheck> {
  if (!key) {
    const { report, findings } = await decodeReport(token, false, policy);
    return { report, findings };
  }
  const json = token.trimStart().startsWith('{');
  try {
    const r = await verifySdJwt(token, key, { kb: policy });
    // As for a JWS, the page adds the time and kid caveats against its own ticking clock.
    return { verdict: sdJwtVerdict(r, { json, caveats: false }), report: fromDecoded(r, true, true), findings: r.findings, signatureIndex: r.signatureIndex, verified: { header: r.header, key: r.key } };
  } catch (error) {
    const spot = spotOf(error);
    const decoded = await decodeReport(token, true, policy);
    const verdict = sdJwtFailure({ kind: 'JWS', code: spot.code, message: spot.message, ...(tried ? { tried } : {}) }, spot.offset);
    // A failed Issuer signature leaves the digests readable: the tree shows, marked unverified.
    return { verdict, report: { ...decoded.report, failure: decoded.report.failure ?? spot }, findings: decoded.findings };
  }
}
