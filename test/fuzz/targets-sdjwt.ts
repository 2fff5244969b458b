/**
 * Fuzz targets for the code that landed after the first fuzz suite: SD-JWT (inspect, decodeSdJwt,
 * verifySdJwt) and the JWT profile checks (checkProfile, bestPractices). Same invariants as
 * targets.ts (checks.ts): only JoseError, no call over 2 s, output bounded by the input.
 * Inputs: random text and crafted tokens, mutations of valid SD-JWTs (compact, with nested and
 * array Disclosures, with a Key Binding JWT, an SD-JWT VC), SD-JWTs whose Disclosures and payload
 * are hostile JSON under a valid Issuer signature (so processing, not the signature check, meets
 * them), and signed JWTs with hostile headers and claims for every profile and random contexts.
 */
import fc from 'fast-check';
import { bestPractices, checkProfile, decodeSdJwt, importKey, inspect, PROFILE_NAMES, verifySdJwt, type JoseKey, type ProfileContext } from '../../src/jose/index.ts';
import { digest, disclosure, jws, kbJwt, keyPair } from '../sd-jwt/craft.ts';
import { boundedResult, call, FuzzFailure } from './checks.ts';
import { anyText, craftedToken, hostileHeader, hostileJson, mutation } from './inputs.ts';
import { applyMutations } from './mutate.ts';
import type { Target } from './targets.ts';

const issuer = keyPair();
const holder = keyPair();

interface SdCorpus {
  texts: string[];
  issuerKey: JoseKey;
}

let cached: Promise<SdCorpus> | undefined;

/** Valid SD-JWTs, each a different shape RFC 9901 allows. */
function sdCorpus(): Promise<SdCorpus> {
  cached ??= (async () => {
    const given = disclosure(['c2FsdC1vZi0xMjgtYml0cw', 'given_name', 'Erika']);
    const street = disclosure(['QVNlY29uZFNhbHRTYWx0MQ', 'street', 'Heidestr. 17']);
    const address = disclosure(['VGhpcmRTYWx0U2FsdFNhbA', 'address', { _sd: [digest(street)], country: 'DE' }]);
    const de = disclosure(['Rm91cnRoU2FsdFNhbHRTYQ', 'DE']);
    const issued = (header: object, payload: object, ds: string[]) => `${jws(header, payload, issuer.priv)}~${ds.map((d) => `${d}~`).join('')}`;
    const flat = issued({ alg: 'ES256', typ: 'example+sd-jwt' }, { iss: 'https://issuer.example', _sd: [digest(given)], _sd_alg: 'sha-256' }, [given]);
    const nested = issued({ alg: 'ES256' }, { _sd: [digest(address)], nationalities: [{ '...': digest(de) }] }, [address, street, de]);
    const bound = issued({ alg: 'ES256', typ: 'dc+sd-jwt' }, { iss: 'https://issuer.example', vct: 'https://credentials.example/id', cnf: { jwk: holder.pub }, _sd: [digest(given)] }, [given]);
    return { texts: [flat, nested, `${bound}${kbJwt(bound, holder.priv)}`], issuerKey: (await importKey(issuer.pub)) as JoseKey };
  })();
  return cached;
}

/** SD-JWT text: random, crafted, a mutated valid one, or a validly signed one carrying hostile JSON. */
async function sdJwtCases(): Promise<fc.Arbitrary<string>> {
  const { texts } = await sdCorpus();
  return fc.oneof(
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: craftedToken.map((t) => `${t}~`) },
    { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([i, ms]) => applyMutations(texts[i % texts.length]!, ms)) },
    {
      weight: 3,
      arbitrary: fc.tuple(hostileJson, fc.array(hostileJson, { maxLength: 3 }), fc.boolean()).map(([payload, ds, referenced]) => {
        const encoded = ds.map((d) => disclosure(d));
        const body = referenced ? `{"_sd":${JSON.stringify(encoded.map((d) => digest(d)))},"x":${payload}}` : payload;
        return `${jws('{"alg":"ES256"}', body, issuer.priv)}~${encoded.map((d) => `${d}~`).join('')}`;
      }),
    },
  );
}

const prop = <T>(arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>) => fc.asyncProperty(arb, body) as unknown as fc.IAsyncPropertyWithHooks<[unknown]>;

const context: fc.Arbitrary<ProfileContext> = fc.record(
  {
    profile: fc.constantFrom(...PROFILE_NAMES),
    now: fc.oneof(fc.integer(), fc.double(), fc.date({ noInvalidDate: false })),
    clockTolerance: fc.double(),
    issuer: fc.string(),
    audience: fc.string(),
    clientId: fc.string(),
    nonce: fc.string(),
    accessToken: fc.string(),
    code: fc.string(),
    state: fc.string(),
    sdHash: fc.string(),
    dpop: fc.record({ htm: fc.string(), htu: fc.oneof(fc.string(), fc.webUrl()), maxAgeSeconds: fc.double() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** A JWT (or SD-JWT) for the profile checks: crafted, or a validly signed hostile header and claims. */
async function profileTokens(): Promise<fc.Arbitrary<string>> {
  return fc.oneof(
    { weight: 1, arbitrary: await sdJwtCases() },
    { weight: 2, arbitrary: fc.tuple(hostileHeader, hostileJson).map(([h, c]) => jws(h, c, issuer.priv)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('dpop+jwt', 'at+jwt', 'logout+jwt', 'secevent+jwt', 'kb+jwt', 'dc+sd-jwt', 'JWT'), fc.jsonValue({ maxDepth: 3 })).map(([typ, claims]) => jws({ alg: 'ES256', typ }, JSON.stringify(claims), issuer.priv)) },
  );
}

export const SD_JWT_TARGETS: Target[] = [
  {
    name: 'sdJwt',
    weight: 6,
    property: async () => {
      const { issuerKey } = await sdCorpus();
      return prop(fc.tuple(await sdJwtCases(), fc.boolean()), async ([text, required]) => {
        // inspect reads SD-JWTs too (its "~" parts): problems, never a throw or an INTERNAL stop.
        const inspected = await call('inspect (SD-JWT)', text.length, () => inspect(text));
        if (!inspected.ok) throw new FuzzFailure(`inspect threw ${inspected.error.message}: it reports problems instead`);
        const internal = inspected.value.problems.find((p) => p.code === 'INTERNAL');
        if (internal) throw new FuzzFailure(`inspect stopped: ${internal.message}`);
        boundedResult('inspect result', { ...inspected.value, input: undefined, text: undefined }, text.length);
        const decoded = await call('decodeSdJwt', text.length, () => decodeSdJwt(text));
        if (decoded.ok) boundedResult('decodeSdJwt result', decoded.value, text.length);
        const verified = await call('verifySdJwt', text.length, () => verifySdJwt(text, issuerKey, { kb: { required, aud: 'https://verifier.example', nonce: 'n1' } }));
        if (verified.ok) boundedResult('verifySdJwt result', { ...verified.value, key: undefined }, text.length);
      });
    },
  },
  {
    name: 'checkProfile',
    weight: 6,
    property: async () =>
      prop(fc.tuple(await profileTokens(), context), async ([text, ctx]) => {
        const checked = await call('checkProfile', text.length, () => checkProfile(text, ctx));
        if (checked.ok) boundedResult('checkProfile result', checked.value, text.length);
        const rules = await call('bestPractices', text.length, () => bestPractices(text));
        if (rules.ok) boundedResult('bestPractices result', rules.value, text.length);
      }),
  },
];
