import { JoseError } from '../lib/errors.ts';
import { isJsonObject, type JsonValue } from '../lib/json.ts';

/**
 * RFC 6901 JSON Pointers, the way SD-JWT options and results name a claim ("/address/region",
 * "/nationalities/1"). Hand-written: a pointer is a dozen lines and every pointer library we could
 * add would bring a second JSON model with it.
 */

/**
 * "/a~1b/0" → ["a/b", "0"]; throws ERR_SDJWT_POINTER when the text is not a pointer.
 *
 * @example
 * parsePointer('/address/region'); // ['address', 'region']
 */
export function parsePointer(pointer: string): string[] {
  if (typeof pointer !== 'string') throw new TypeError('A JSON Pointer must be a string');
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new JoseError('ERR_SDJWT_POINTER', `${JSON.stringify(pointer)} is not a JSON Pointer: it must be "" or start with "/" (RFC 6901 §3)`, { details: { pointer } });
  }
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~[^01]|~$/.test(token)) {
        throw new JoseError('ERR_SDJWT_POINTER', `${JSON.stringify(pointer)} is not a JSON Pointer: "~" must be followed by 0 or 1 (RFC 6901 §3)`, { details: { pointer } });
      }
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/**
 * ["a/b", 0] → "/a~1b/0".
 *
 * @example
 * formatPointer(['nationalities', 1]); // '/nationalities/1'
 */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Appends one token to a pointer. */
export function childPointer(pointer: string, token: string | number): string {
  return pointer + formatPointer([token]);
}

/** An array index token: "0" or digits without a leading zero (RFC 6901 §4). */
function arrayIndex(token: string, length: number): number | undefined {
  if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
  const i = Number(token);
  return i < length ? i : undefined;
}

/**
 * The value a pointer names, or undefined when it names nothing. Own members only ("__proto__" is data).
 *
 * @example
 * resolvePointer({ address: { region: 'Köln' } }, '/address/region'); // 'Köln'
 */
export function resolvePointer(root: JsonValue, pointer: string | readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const token of typeof pointer === 'string' ? parsePointer(pointer) : pointer) {
    if (Array.isArray(node)) {
      const i = arrayIndex(token, node.length);
      node = i === undefined ? undefined : node[i];
    } else if (isJsonObject(node)) {
      node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/** The container and key a pointer's last token names, for replacing or removing that member. */
export function parentOf(root: JsonValue, tokens: readonly string[]): { parent: JsonValue[] | { [k: string]: JsonValue }; key: string | number } | undefined {
  if (tokens.length === 0) return undefined;
  const parent = resolvePointer(root, tokens.slice(0, -1));
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) {
    const i = arrayIndex(last, parent.length);
    return i === undefined ? undefined : { parent, key: i };
  }
  if (isJsonObject(parent) && Object.prototype.hasOwnProperty.call(parent, last)) return { parent, key: last };
  return undefined;
}

/** Sets an own member, even one named "__proto__" (plain assignment would change the prototype instead). */
export function setMember(obj: { [k: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
