/** `jose-lab sign`: a JWS for any alg the engine has, like the Encode screen. */
import { isJwsAlg, JWS_ALGS, serializeCompact, serializeJson, sign, type JoseKey, type Jws, type Jwe } from '../../jose/index.ts';
import { str, type Command } from '../command.ts';
import { usage } from '../errors.ts';
import { readTextArg } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS, loadKey, singleKey } from '../key-input.ts';
import { PAYLOAD_HELP, PAYLOAD_OPTIONS, preparePayload, serializationOf, type SerializationChoice } from '../payload.ts';

const help = `Usage: jose-lab sign --alg ALG --key FILE|TEXT [options] [CLAIMS|-]

Signs CLAIMS (JSON claims or any text; "-" or piped input reads stdin; none: {}) and prints the token.
JSON is minified (member order and values kept) unless --exact.

Options:
  --alg ALG            ${JWS_ALGS.join(', ')}, or none (an Unsecured JWS, for teaching)
${KEY_HELP}
${PAYLOAD_HELP}
  --json               {"token", "alg", "header", "serialization"}

Examples:
  jose-lab sign --alg HS256 --key password '{"iss": "http://www.example.com", "sub": 42, "exp": 1395674427}'
  # The seed documents' token, byte for byte (their header has a space after the colon):
  jose-lab sign --exact --alg HS256 --key password --header '{"alg": "HS256"}' '{"iss": "http://www.example.com", "sub": 42, "exp": 1395674427}'
  jose-lab keys generate ES256 --out es256.jwk && jose-lab sign --alg ES256 --key es256.jwk --iat --exp +1h '{"sub":"alice"}'`;

export function serialize(x: Jws | Jwe, s: SerializationChoice): string {
  return s === 'compact' ? serializeCompact(x) : serializeJson(x, { flattened: s === 'flattened' });
}

const signCommand: Command = {
  options: { alg: { type: 'string' }, ...KEY_OPTIONS, ...PAYLOAD_OPTIONS },
  help,
  async run(values, positionals, io) {
    const text = positionals[0] === undefined && io.stdinIsTTY ? '{}' : await readTextArg(positionals[0], io, 'claims', values.exact === true);
    const p = preparePayload(values, text);
    const alg = str(values, 'alg') ?? (typeof p.header.alg === 'string' ? p.header.alg : undefined);
    if (alg === undefined) throw usage('Give the algorithm with --alg (for example --alg ES256)');
    if (alg !== 'none' && !isJwsAlg(alg)) throw usage(`--alg ${alg} is not a JWS algorithm; the engine signs with ${JWS_ALGS.join(', ')} or none`);
    let key: JoseKey | null = null;
    if (alg !== 'none') {
      key = singleKey(await loadKey(values), str(values, 'kid'));
      if (key.kid !== undefined && p.header.kid === undefined && !values.exact) p.header.kid = key.kid;
    }
    const serialization = serializationOf(values);
    const jws = await sign(p.payload, key, { alg, header: p.header, allowNone: true, ...(p.headerText !== undefined ? { headerText: p.headerText } : {}) });
    const token = serialize(jws, serialization);
    if (values.json) io.json({ token, alg, header: { alg, ...p.header }, serialization });
    else io.out(token);
    return 0;
  },
};

export default signCommand;
