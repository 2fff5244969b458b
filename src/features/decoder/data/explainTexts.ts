/**
 * The words explain.ts puts around a claim or header parameter, in one language: the tables keyed
 * by claim / parameter / algorithm name, and the sentences added for special values. English lives
 * in explain.ts, Spanish in explain.es.ts (same keys; explain.test.ts checks both ways).
 */
export interface Described {
  label: string;
  meaning: string;
}

export interface ExplainTexts {
  claims: Readonly<Record<string, Described>>;
  headerParams: Readonly<Record<string, Described>>;
  /** A short description of an alg or enc value. */
  algNames: Readonly<Record<string, string>>;
  privateClaim: Described;
  privateParam: Described;
  /** Appended to a NumericDate claim's meaning, each a sentence of its own. */
  looksLikeMilliseconds: string;
  mustBeNumericDate: string;
  subMustBeString: string;
  zipOnlyDef: string;
  /** `value` is the alg / enc value as echo() prints it (quoted, bounded). */
  unknownAlg: (value: string) => string;
  /** "expired 2 minutes ago", "not valid yet: becomes valid in 3 minutes"… */
  timePhrase: (name: string, seconds: number, now: number) => string;
  /** "3 hours ago" / "in 3 hours"; absent for English, whose form the engine's formatNumericDate already gives. */
  relative?: (seconds: number, now: number) => string;
}
