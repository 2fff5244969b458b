/** What a verdict is made of: the parameters the decoder keeps beside the engine's English. */
import type { JsonObject } from '../../jose/index.ts';
import type { ErrorLike } from './content/engine-messages.ts';

/** A key in the parameters a verdict needs (keyWords in the engine says it in English). */
export interface KeyFacts {
  kty: string;
  type: 'secret' | 'public' | 'private';
  bits: number;
  crv?: string;
  alg?: string;
  kid?: string;
  password?: boolean;
}

/** The keys tried: the one given, or those of a JWKS the header selects (of how many), or the whole JWKS. */
export type TriedFacts = { keys: KeyFacts[]; of?: number } | { jwks: number };

/** What a check's reason was made of. */
export type OutcomeFacts =
  | { kind: 'verified'; alg: string; signature?: number; key: KeyFacts }
  | { kind: 'decrypted'; alg: string; enc: string; recipient?: number; key: KeyFacts; nested?: boolean }
  | {
      kind: 'failed'; jwe: boolean; code: string; message: string; step?: string; tried?: TriedFacts;
      /** The text is malformed: the message alone. */ bare?: boolean;
      /** The JoseError's parameters, so its message reads in the person's language. */ error?: ErrorLike;
    }
  | { kind: 'keyUnreadable'; message: string };

/** What makes a good check still unusable, against the page's clock. */
export type Caveat = { kind: 'expired'; exp: number; now: number } | { kind: 'notYet'; nbf: number; now: number } | { kind: 'kid'; token: string; key: string };

/** What the Result's reason says, as parameters. */
export type VerdictWords =
  | { kind: 'reading' }
  | { kind: 'empty' }
  | { kind: 'checking'; jwe: boolean }
  | { kind: 'unsecured'; alg?: unknown }
  | { kind: 'malformed'; message: string; offset?: number; /** The reading problem, worded by its code. */ problem?: ErrorLike }
  | { kind: 'keyRequired'; jwe: boolean; header?: JsonObject | undefined }
  | { kind: 'checkError'; error: string }
  | { kind: 'outcome'; facts?: OutcomeFacts; caveats: Caveat[] };
