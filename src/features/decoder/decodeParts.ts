import { base64urlDecode, parseJson, utf8Decode, type JsonValue } from '../../jose/index.ts';

export interface DecodedParts {
  header?: JsonValue;
  payload?: JsonValue | string;
  error?: string;
}

/** The foundation's first decode: split a compact token and show its header and payload as JSON. */
export function decodeParts(text: string): DecodedParts {
  const token = text.trim();
  if (!token) return {};
  const parts = token.split('.');
  if (parts.length !== 3 && parts.length !== 5) return { error: `A compact token has 3 (JWS) or 5 (JWE) segments; this has ${parts.length}` };
  try {
    const header = parseJson(utf8Decode(base64urlDecode(parts[0]!, { segment: 'header' }), 'header'), { what: 'header' }).value;
    if (parts.length === 5) return { header, payload: '(encrypted)' };
    const offset = parts[0]!.length + 1;
    const payloadText = utf8Decode(base64urlDecode(parts[1]!, { segment: 'payload', offset }), 'payload');
    try {
      return { header, payload: parseJson(payloadText, { what: 'payload', rejectDuplicates: false }).value };
    } catch {
      return { header, payload: payloadText };
    }
  } catch (error) {
    return { error: (error as Error).message };
  }
}
