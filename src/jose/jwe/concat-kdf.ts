import { concatBytes, uint32be, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { guard } from './subtle.ts';

/**
 * The Concat KDF of NIST SP 800-56A §5.8.1 as RFC 7518 §4.6.2 uses it: SHA-256 rounds over
 * counter || Z || OtherInfo, where OtherInfo = AlgorithmID || PartyUInfo || PartyVInfo || SuppPubInfo,
 * each variable field prefixed with its 32-bit big-endian length.
 *
 * @example
 * const kek = await concatKdf(z, 128, 'A128GCM', utf8Encode('Alice'), utf8Encode('Bob')); // RFC 7518 App. C
 */
export async function concatKdf(z: Bytes, keyBits: number, algorithmId: string, apu: Bytes, apv: Bytes, trace?: Trace): Promise<Bytes> {
  const algId = utf8Encode(algorithmId);
  const fields = {
    algorithmId: concatBytes(uint32be(algId.length), algId),
    partyUInfo: concatBytes(uint32be(apu.length), apu),
    partyVInfo: concatBytes(uint32be(apv.length), apv),
    suppPubInfo: uint32be(keyBits),
  };
  const otherInfo = concatBytes(fields.algorithmId, fields.partyUInfo, fields.partyVInfo, fields.suppPubInfo);
  const rounds = Math.ceil(keyBits / 256);
  const out = new Uint8Array(rounds * 32);
  for (let i = 0; i < rounds; i++) {
    const digest = await guard('ERR_KEY_INVALID', 'SHA-256 failed in the Concat KDF', async () =>
      new Uint8Array(await crypto.subtle.digest('SHA-256', concatBytes(uint32be(i + 1), z, otherInfo))),
    );
    out.set(digest, i * 32);
  }
  const derived = out.slice(0, keyBits / 8);
  traceStep(trace, {
    id: 'kdf',
    title: `Concat KDF (SHA-256) to a ${keyBits}-bit key`,
    ref: 'RFC 7518 §4.6.2',
    values: [
      textValue('kdf.algorithmIdText', 'AlgorithmID (the "enc" for ECDH-ES, else the "alg")', algorithmId),
      bytesValue('kdf.otherInfo.algorithmId', 'AlgorithmID field: length || UTF8(id)', fields.algorithmId),
      bytesValue('kdf.otherInfo.partyUInfo', 'PartyUInfo field: length || apu', fields.partyUInfo),
      bytesValue('kdf.otherInfo.partyVInfo', 'PartyVInfo field: length || apv', fields.partyVInfo),
      bytesValue('kdf.otherInfo.suppPubInfo', 'SuppPubInfo: keydatalen in bits', fields.suppPubInfo),
      bytesValue('kdf.otherInfo', 'OtherInfo', otherInfo),
      bytesValue('kdf.derivedKey', 'Derived key', derived),
    ],
  });
  return derived;
}
