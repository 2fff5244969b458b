/**
 * What one screen hands to another (types only), in a home every layer may import: the app keeps
 * these in memory, the screens make and read them. Never the URL, never storage.
 */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

/** The decoder's input: its token and key. */
export interface DecoderInput {
  token: string;
  /** The text in the Key input, exactly as the person typed or pasted it. */
  keyText: string;
  /** How a raw secret in keyText is read. */
  keyEncoding: SecretEncoding;
}

/** A token's header and payload as the encoder's editors take them, for "Edit in Encode". */
export interface EditableToken {
  headerText: string;
  payloadText: string;
  payloadType: 'json' | 'text';
  serialization: 'compact' | 'flattened' | 'general';
  /** Off when the texts are the exact encoded bytes, so signing again gives the same token. */
  minify: boolean;
}

/** What the encoder is handed: a key (from Keys), or a whole token and its key (from Decode). */
export interface EncoderHandoff {
  /** Who handed it over, for the encoder's notice. */
  from: 'Decode' | 'Keys';
  /** Key material (a secret, JWK JSON or PEM text). */
  keyText: string;
  keyEncoding: SecretEncoding;
  /** The alg the key is for, when known: the encoder switches to it. */
  alg?: string;
  token?: EditableToken;
}
