import { JoseError, type Finding, echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
import type { SdJwtDisclosure, SdJwtVcInfo } from './types.ts';

/** The SD-JWT VC media type's typ (draft-ietf-oauth-sd-jwt-vc §3.2.1), and the one drafts before -06 used. */
export const VC_TYP = 'dc+sd-jwt';
export const VC_LEGACY_TYP = 'vc+sd-jwt';

const VC_REF = { label: 'SD-JWT VC §3.2', url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/' };

/** Claims an SD-JWT VC must carry in the clear, sub-claims included (draft-ietf-oauth-sd-jwt-vc §3.2.2.2). */
export const VC_NEVER_DISCLOSED: readonly string[] = ['iss', 'nbf', 'exp', 'cnf', 'vct', 'vct#integrity', 'aka_vcts', 'status'];

/** Whether a typ names the SD-JWT VC profile ("application/" prefix allowed, case-insensitive as media types are). */
export function vcTypOf(typ: unknown): 'current' | 'legacy' | undefined {
  if (typeof typ !== 'string') return undefined;
  const t = typ.toLowerCase().replace(/^application\//, '');
  return t === VC_TYP ? 'current' : t === VC_LEGACY_TYP ? 'legacy' : undefined;
}

/**
 * The SD-JWT VC rules that can be read from the token itself: typ, a "vct" string in the clear,
 * "aka_vcts", the claims that must never be selectively disclosed, "cnf" and "status" shapes.
 * Type Metadata, issuer key discovery and the status itself need the network: not checked here.
 * Returns undefined when typ does not name SD-JWT VC.
 */
export function checkVc(header: JsonObject, claims: JsonObject, disclosures: readonly SdJwtDisclosure[]): { info: SdJwtVcInfo; findings: Finding[] } | undefined {
  const kind = vcTypOf(header.typ);
  if (!kind) return undefined;
  const findings: Finding[] = [];
  const checks: SdJwtVcInfo['checks'] = [];
  const check = (id: string, ok: boolean, message: string) => checks.push({ id, ok, message });
  if (kind === 'legacy') {
    findings.push({ code: 'SDJWT_VC_LEGACY_TYP', severity: 'warning', message: `"typ" is ${echo(header.typ)}, the media type of SD-JWT VC drafts before -06; current verifiers expect "dc+sd-jwt"`, params: { typ: echo(header.typ) }, ref: VC_REF, segment: 'header' });
  }
  const vct = claims.vct;
  check('vct', typeof vct === 'string' && vct !== '', typeof vct === 'string' && vct !== '' ? `"vct" is ${echo(vct)}` : `"vct" is required and must be a string naming the credential type, not ${echo(vct ?? null)}`);
  if (typeof vct === 'string' && vct !== '' && !vct.includes(':')) {
    findings.push({ code: 'SDJWT_VC_VCT_NAME', severity: 'warning', message: `"vct" ${echo(vct)} is not a URI; it must be a Collision-Resistant Name (RFC 7515 §2)`, params: { vct: echo(vct) }, ref: VC_REF, segment: 'payload' });
  }
  for (const name of VC_NEVER_DISCLOSED) {
    const d = disclosures.find((x) => x.pointer === `/${name}` || x.pointer.startsWith(`/${name}/`));
    if (d) check(`not-disclosable:${name}`, false, `"${name}" came from Disclosure ${d.index + 1} (${echo(d.pointer)}); an SD-JWT VC must carry it in the clear`);
  }
  if (Object.prototype.hasOwnProperty.call(claims, 'aka_vcts')) {
    const aka = claims.aka_vcts;
    const ok = Array.isArray(aka) && aka.length > 0 && aka.every((t) => typeof t === 'string') && !(aka as JsonValue[]).includes(vct ?? null);
    check('aka_vcts', ok, ok ? `"aka_vcts" lists ${(aka as string[]).length} more type(s)` : '"aka_vcts" must be a non-empty array of type strings without the "vct" value');
  }
  const cnf = claims.cnf;
  if (cnf !== undefined && !(isJsonObject(cnf) && isJsonObject(cnf.jwk))) {
    findings.push({ code: 'SDJWT_VC_CNF', severity: 'info', message: '"cnf" holds no "jwk"; SD-JWT VC recommends the holder key by value (RFC 7800 §3.2)', ref: VC_REF, segment: 'payload' });
  }
  const status = claims.status;
  if (status !== undefined) {
    const list = isJsonObject(status) ? status.status_list : undefined;
    const ok = !isJsonObject(status) ? false : list === undefined || (isJsonObject(list) && Number.isInteger(list.idx) && (list.idx as number) >= 0 && typeof list.uri === 'string');
    check('status', ok, ok ? '"status" is well formed; the status itself is not fetched here (JOSE Lab makes no request)' : '"status" must be an object; its "status_list" needs an integer "idx" and a "uri" string (Token Status List)');
  }
  const info: SdJwtVcInfo = { typ: String(header.typ), ...(typeof vct === 'string' ? { vct } : {}), ...(cnf !== undefined ? { cnf } : {}), ...(status !== undefined ? { status } : {}), checks };
  return { info, findings };
}

/** verifySdJwt refuses an SD-JWT VC that breaks a MUST of the profile. */
export function assertVc(info: SdJwtVcInfo | undefined): void {
  const failed = info?.checks.find((c) => !c.ok);
  if (failed) throw new JoseError('ERR_SDJWT_VC_INVALID', `SD-JWT VC: ${failed.message}`, { segment: 'payload', step: 'vc', details: { check: failed.id, checks: info!.checks } });
}
