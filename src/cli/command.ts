/**
 * The shape of one command: its options for node:util parseArgs, its help text, and what it does.
 * Every command module under commands/ default-exports one of these; commands/index.ts lists them.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  /** Options besides the common --json and --help. */
  options: OptionSpec;
  /** Full help: usage line, what it does, options, examples. */
  help: string;
  /** Runs with parsed arguments; resolves to the exit status. Throws CliError / JoseError for bad input. */
  run(values: Values, positionals: string[], io: Io): Promise<number>;
}

/** The options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** A string option's value (the last one when repeated). */
export function str(values: Values, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable or comma-separated option as a list: --alg RS256 --alg ES256, or --alg RS256,ES256. */
export function list(values: Values, name: string): string[] | undefined {
  const v = values[name];
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined;
  return raw?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}
