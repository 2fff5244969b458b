import type { Trace } from '../../jose/index.ts';
import type { StepValue } from './stepValue.ts';

/*
 * The shape of the step explanations in one language, shared by explanations.ts (English) and
 * explanations.es.ts (Spanish) so neither imports the other: the tables are keyed by the engine's
 * stable step ids, each entry a function of the step's values (the variant is chosen from the
 * values present, never from a title's wording, except where the title is the only sign).
 */
export type Op = Trace['operation'];

export type StepExplainer = (values: readonly StepValue[], op: Op, title: string) => string[];

export interface StepExplanations {
  jws: Readonly<Record<string, StepExplainer>>;
  jwe: Readonly<Record<string, StepExplainer>>;
  sdJwt: Readonly<Record<string, (values: readonly StepValue[]) => string[]>>;
  /** The "disclosure-N" steps of an SD-JWT. */
  disclosure: (values: readonly StepValue[]) => string[];
}

export const has = (values: readonly StepValue[], name: string): boolean => values.some((v) => v.name === name);

/** A value's text by the end of its name ("disclosure.2.foundAt" by ".foundAt"). */
export const valueEndingWith = (values: readonly StepValue[], suffix: string): string | undefined => values.find((v) => v.name.endsWith(suffix))?.text;
