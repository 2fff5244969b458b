import { JoseError, echo } from './errors.ts';
import { isJsonObject, parseJson, type JsonObject } from './json.ts';

/**
 * The protected header exactly as the caller wrote it (RFC 7515 §5.1 step 2 and RFC 7516 §5.1
 * step 13 encode the UTF-8 of the header text, whitespace and member order included), after checking
 * that it says what the operation will do: every member written must equal the header the engine
 * built. Members the engine adds (epk, p2s, p2c, iv, tag...) are appended before the closing brace,
 * so the caller's bytes stay a prefix. This is how printed examples reproduce byte for byte.
 *
 * @example
 * exactHeaderText('{"alg": "HS256"}', { alg: 'HS256' }, 'JWS Protected Header'); // '{"alg": "HS256"}'
 */
export function exactHeaderText(text: string, header: JsonObject, what: string): string {
  const written = parseJson(text, { what, rejectDuplicates: true }).value;
  if (!isJsonObject(written)) throw new JoseError('ERR_MALFORMED', `The ${what} must be a JSON object`, { segment: 'header' });
  for (const [name, value] of Object.entries(written)) {
    if (!Object.prototype.hasOwnProperty.call(header, name) || JSON.stringify(header[name]) !== JSON.stringify(value)) {
      throw new JoseError('ERR_MALFORMED', `The ${what} text says ${echo(name)}: ${echo(value)}, but the operation uses ${echo(header[name])}`, { segment: 'header' });
    }
  }
  const added = Object.keys(header).filter((name) => !Object.prototype.hasOwnProperty.call(written, name));
  if (added.length === 0) return text;
  const close = text.lastIndexOf('}');
  const members = added.map((name) => `${JSON.stringify(name)}:${JSON.stringify(header[name])}`).join(',');
  return `${text.slice(0, close)}${Object.keys(written).length ? ',' : ''}${members}${text.slice(close)}`;
}
