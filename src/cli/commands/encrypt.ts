/** `jose-lab encrypt`: a JWE for any key management alg and content encryption the engine has. */
import { derivePublicKey, encrypt, isJweAlg, isJweEnc, JWE_ALGS, JWE_ENCS, type JoseKey } from '../../jose/index.ts';
import { str, type Command } from '../command.ts';
import { usage } from '../errors.ts';
import { readTextArg } from '../io.ts';
import { KEY_HELP, KEY_OPTIONS, loadKey, singleKey } from '../key-input.ts';
import { PAYLOAD_HELP, PAYLOAD_OPTIONS, preparePayload, serializationOf } from '../payload.ts';
import { serialize } from './sign.ts';

const help = `Usage: jose-lab encrypt --alg ALG --enc ENC --key FILE|TEXT [options] [PLAINTEXT|-]

Encrypts PLAINTEXT (JSON claims, a token, any text; "-" or piped input reads stdin) to the key and
prints the JWE. A private key stands for its public half; for PBES2 the key text is the password.

Options:
  --alg ALG            ${JWE_ALGS.join(', ')}
  --enc ENC            ${JWE_ENCS.join(', ')}
${KEY_HELP}
${PAYLOAD_HELP}
  --zip                compress the plaintext first (zip "DEF")
  --p2c N              PBES2 iteration count
  --json               {"token", "alg", "enc", "header", "serialization"}

Examples:
  jose-lab keys generate RSA-OAEP-256 --private --out rsa.jwk
  jose-lab encrypt --alg RSA-OAEP-256 --enc A256GCM --key rsa.jwk '{"sub":"alice"}'
  jose-lab encrypt --alg PBES2-HS256+A128KW --enc A128GCM --key 'correct horse battery staple' 'hello'
  jose-lab sign --alg ES256 --key es256.jwk '{"sub":"a"}' | jose-lab encrypt --alg dir --enc A256GCM --key "$CEK_HEX" --encoding hex --header '{"cty":"JWT"}' -`;

/** The key to encrypt to: a private key's public half, as the Encode screen does. */
function encryptionKey(key: JoseKey): JoseKey {
  return key.type === 'private' ? derivePublicKey(key) : key;
}

const encryptCommand: Command = {
  options: { alg: { type: 'string' }, enc: { type: 'string' }, ...KEY_OPTIONS, ...PAYLOAD_OPTIONS, zip: { type: 'boolean' }, p2c: { type: 'string' } },
  help,
  async run(values, positionals, io) {
    const text = await readTextArg(positionals[0], io, 'plaintext', values.exact === true);
    const p = preparePayload(values, text);
    const alg = str(values, 'alg') ?? (typeof p.header.alg === 'string' ? p.header.alg : undefined);
    const enc = str(values, 'enc') ?? (typeof p.header.enc === 'string' ? p.header.enc : undefined);
    if (alg === undefined || !isJweAlg(alg)) throw usage(`${alg === undefined ? 'Give the key management algorithm with --alg' : `--alg ${alg} is not a JWE algorithm`}; one of ${JWE_ALGS.join(', ')}`);
    if (enc === undefined || !isJweEnc(enc)) throw usage(`${enc === undefined ? 'Give the content encryption with --enc' : `--enc ${enc} is not a JWE content encryption`}; one of ${JWE_ENCS.join(', ')}`);
    const key = encryptionKey(singleKey(await loadKey(values, alg), str(values, 'kid')));
    if (key.kid !== undefined && p.header.kid === undefined && !values.exact) p.header.kid = key.kid;
    const p2cText = str(values, 'p2c');
    const p2c = p2cText === undefined ? undefined : Number(p2cText);
    if (p2c !== undefined && !(Number.isInteger(p2c) && p2c > 0)) throw usage('--p2c must be a whole number above 0');
    const jwe = await encrypt(p.payload, key, {
      alg,
      enc,
      header: p.header,
      ...(values.zip ? { zip: 'DEF' as const } : {}),
      ...(p2c !== undefined ? { p2c } : {}),
      ...(p.headerText !== undefined ? { protectedHeaderText: p.headerText } : {}),
    });
    const serialization = serializationOf(values);
    const token = serialize(jwe, serialization);
    if (values.json) io.json({ token, alg, enc, header: { alg, enc, ...p.header }, serialization });
    else io.out(token);
    return 0;
  },
};

export default encryptCommand;
