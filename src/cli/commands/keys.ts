/** `jose-lab keys generate | convert | thumbprint`: the Keys screen. A private key is printed only with --private. */
import { writeFileSync } from 'node:fs';
import {
  derivePublicKey, exportJwk, exportPem, generateKey, JWE_ALGS, JWE_ENCS, JWS_ALGS, thumbprint, thumbprintUri,
  type Curve, type GenerateKeyOptions, type JoseKey, type JoseKeySet, type JweEnc, type ThumbprintHash,
} from '../../jose/index.ts';
import { str, type Command, type Values } from '../command.ts';
import { CliError, EXIT, usage } from '../errors.ts';
import { readFileArg, type Io, type KeyText } from '../io.ts';
import { importKeyText, singleKey } from '../key-input.ts';

const help = `Usage: jose-lab keys generate ALG [--private] [--out FILE] [--to jwk|pem] [--crv C] [--bits N] [--enc ENC]
       jose-lab keys convert FILE|- --to jwk|pem [--private] [--pem-format spki|pkcs8|pkcs1|sec1]
       jose-lab keys thumbprint FILE|- [--uri] [--hash SHA-256|SHA-384|SHA-512] [--kid KID]

generate   a new key for any JWS alg (${JWS_ALGS.join(', ')})
           or JWE alg / enc (${[...JWE_ALGS, ...JWE_ENCS].join(', ')}); its "kid" is its RFC 7638 thumbprint.
           Prints the public key; the private key (or secret) only with --private, or written to
           --out FILE (mode 600) without printing it.
convert    a key file (PEM, certificate, JWK, JWKS) to JWK or PEM; a private key's public half unless --private.
thumbprint the RFC 7638 JWK thumbprint (base64url), or with --uri the RFC 9278 URI.

Options:
  --private            print private keys and secrets
  --out FILE           generate: write the private key (or secret) to FILE, readable by you alone
  --to jwk|pem         output format (default jwk)
  --crv C              EdDSA: Ed25519 (default) or Ed448; ECDH-ES*: P-256 (default), P-384, P-521, X25519, X448
  --bits N             RSA modulus: 2048 (default), 3072 or 4096
  --enc ENC            dir: the content encryption the key is for (default A256GCM)
  --pem-format F       spki / pkcs8 (defaults), pkcs1 (RSA) or sec1 (EC private keys)
  --uri                thumbprint as urn:ietf:params:oauth:jwk-thumbprint:sha-256:…
  --hash H             thumbprint hash (default SHA-256)
  --kid KID            the key of a JWKS to use
  --json               one JSON document

Examples:
  jose-lab keys generate ES256 --out es256.jwk          # prints the public JWK, writes the private one
  jose-lab keys generate RS256 --bits 3072 --private --to pem
  jose-lab keys generate HS256 --private                # a 32-byte secret as a JWK
  jose-lab keys convert public.pem --to jwk
  jose-lab keys convert es256.jwk --to pem --private
  jose-lab keys thumbprint es256.jwk --uri`;

const KEY_TEXT = /^\s*(\{|-----BEGIN)/;

async function readKeyFile(path: string | undefined, io: Io): Promise<JoseKey | JoseKeySet> {
  if (path === undefined) throw usage('Give the key file (or "-" for stdin)');
  // A JWK or PEM pasted in place of a path is read as it is.
  const read: KeyText = KEY_TEXT.test(path) ? { text: path, from: 'text' } : await readFileArg(path, io);
  return importKeyText(read, path);
}

function format(values: Values): 'jwk' | 'pem' {
  const to = str(values, 'to') ?? 'jwk';
  if (to !== 'jwk' && to !== 'pem') throw usage(`--to must be jwk or pem, not ${JSON.stringify(to)}`);
  return to;
}

/** The key as text: JWK JSON or PEM; public unless `priv`. */
function render(key: JoseKey, to: 'jwk' | 'pem', priv: boolean, values: Values): string {
  if (key.type === 'secret' && !priv) throw new CliError('ERR_KEY_INVALID', 'This is a shared secret: all of it is private. Add --private to print it', EXIT.badInput, 'key');
  if (to === 'jwk') return JSON.stringify(exportJwk(key, { private: priv }), null, 2);
  const pemFormat = str(values, 'pem-format') as 'spki' | 'pkcs8' | 'pkcs1' | 'sec1' | undefined;
  return exportPem(key, { public: !priv, ...(pemFormat ? { format: pemFormat } : {}) });
}

async function generate(values: Values, alg: string | undefined, io: Io): Promise<number> {
  if (alg === undefined) throw usage('Give the algorithm the key is for: jose-lab keys generate ES256');
  const bits = str(values, 'bits');
  const options: GenerateKeyOptions = {
    ...(bits ? { modulusLength: Number(bits) as 2048 | 3072 | 4096 } : {}),
    ...(str(values, 'crv') ? { crv: str(values, 'crv') as Curve } : {}),
    ...(str(values, 'enc') ? { enc: str(values, 'enc') as JweEnc } : {}),
  };
  const made = await generateKey(alg, options);
  const secretKey = made.kind === 'pair' ? made.privateKey : made.secret;
  const to = format(values);
  const out = str(values, 'out');
  const priv = values.private === true;
  if (out !== undefined) writeFileSync(out, `${render(secretKey, to, true, values)}\n`, { mode: 0o600, flag: 'wx' });
  const shown = made.kind === 'pair' ? (priv ? made.privateKey : made.publicKey) : priv ? made.secret : undefined;
  const password = made.kind === 'secret' && priv ? made.password : undefined;
  if (values.json) {
    io.json({
      alg,
      kid: secretKey.kid ?? null,
      ...(made.kind === 'pair' ? { publicKey: exportJwk(made.publicKey) } : {}),
      ...(priv ? { privateKey: exportJwk(secretKey, { private: true }) } : {}),
      ...(password ? { password } : {}),
      ...(out ? { written: out } : {}),
    });
    return EXIT.ok;
  }
  if (shown) io.out(render(shown, to, priv, values));
  if (password) io.out(password);
  if (!shown) io.err(`The ${alg} key is a shared secret: nothing public to print. Add --private to print it${out ? '' : ', or --out FILE to write it'}.`);
  if (out) io.err(`Wrote the ${made.kind === 'pair' ? 'private key' : 'secret'} to ${out} (readable by you alone).`);
  else if (made.kind === 'pair' && !priv) io.err('The private key is not shown: add --private to print it, or --out FILE to write it.');
  return EXIT.ok;
}

async function convert(values: Values, path: string | undefined, io: Io): Promise<number> {
  const input = await readKeyFile(path, io);
  const to = format(values);
  const priv = values.private === true;
  if (input.type === 'set' && to === 'jwk' && str(values, 'kid') === undefined) {
    const jwks = exportJwk(input, { private: priv });
    io.json(jwks);
    return EXIT.ok;
  }
  const key = singleKey(input, str(values, 'kid'));
  const text = render(priv || key.type === 'secret' ? key : key.type === 'private' ? derivePublicKey(key) : key, to, priv, values);
  if (values.json) io.json(to === 'jwk' ? JSON.parse(text) : { pem: text });
  else io.out(text);
  if (!priv && key.type === 'private' && !values.json) io.err('Printed the public key: add --private for the private key.');
  return EXIT.ok;
}

async function thumbprintOf(values: Values, path: string | undefined, io: Io): Promise<number> {
  const input = await readKeyFile(path, io);
  const hash = (str(values, 'hash') ?? 'SHA-256') as ThumbprintHash;
  if (!['SHA-256', 'SHA-384', 'SHA-512'].includes(hash)) throw usage('--hash must be SHA-256, SHA-384 or SHA-512');
  const keys = input.type === 'set' && str(values, 'kid') === undefined ? input.keys : [singleKey(input, str(values, 'kid'))];
  const rows = await Promise.all(keys.map(async (k) => ({ kid: k.kid ?? null, thumbprint: await (values.uri ? thumbprintUri(k, hash) : thumbprint(k, hash)) })));
  if (values.json) io.json(input.type === 'set' ? { keys: rows } : rows[0]);
  else io.out(rows.map((r) => (input.type === 'set' ? `${r.kid ?? '(no kid)'}  ${r.thumbprint}` : r.thumbprint)).join('\n'));
  return EXIT.ok;
}

const keys: Command = {
  options: {
    private: { type: 'boolean' }, out: { type: 'string' }, to: { type: 'string' }, crv: { type: 'string' }, bits: { type: 'string' }, enc: { type: 'string' },
    'pem-format': { type: 'string' }, uri: { type: 'boolean' }, hash: { type: 'string' }, kid: { type: 'string' },
  },
  help,
  async run(values, positionals, io) {
    const [sub, arg] = positionals;
    if (sub === 'generate') return generate(values, arg, io);
    if (sub === 'convert') return convert(values, arg, io);
    if (sub === 'thumbprint') return thumbprintOf(values, arg, io);
    throw usage(`${sub === undefined ? 'Give a subcommand' : `Unknown subcommand "${sub}"`}: generate, convert or thumbprint. See "jose-lab keys --help"`);
  },
};

export default keys;
