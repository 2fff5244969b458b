/** Runs one command: parse its arguments with node:util parseArgs, print help or run it, and turn a failure into an exit status. */
import { parseArgs } from 'node:util';
import { isJoseError } from '../jose/index.ts';
import { COMMON_OPTIONS, type OptionSpec, type Values } from './command.ts';
import type { CommandEntry } from './commands/index.ts';
import { CliError, errorDocument, EXIT, usage } from './errors.ts';
import type { Io } from './io.ts';

/**
 * `--key "$(cat key.pem)"`: parseArgs takes a value that starts with "-" for an option, but PEM
 * armour ("-----BEGIN") can only be a value, so it is attached to the string option before it.
 */
function attachPemValues(argv: readonly string[], options: OptionSpec): string[] {
  const named = (arg: string) => (arg.startsWith('--') ? arg.slice(2) : Object.keys(options).find((name) => arg.length === 2 && options[name]!.short === arg.slice(1)));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('-') ? named(arg) : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next?.startsWith('-----BEGIN')) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export async function runCommand(entry: CommandEntry, argv: readonly string[], io: Io): Promise<number> {
  const json = argv.includes('--json');
  try {
    const command = (await entry.load()).default;
    let parsed: { values: Values; positionals: string[] };
    try {
      const options = { ...COMMON_OPTIONS, ...command.options };
      parsed = parseArgs({ args: attachPemValues(argv, options), options, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      throw usage(`${(error as Error).message.replace(/\.$/, '')}. See "jose-lab ${entry.name} --help"`);
    }
    if (parsed.values.help) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (json) io.json(errorDocument(error));
    else io.err(errorLine(entry.name, error));
    return error instanceof CliError ? error.exit : EXIT.badInput;
  }
}

/** "jose-lab verify: JWS Payload: Invalid base64url (payload, at offset 37)" */
export function errorLine(name: string, error: unknown): string {
  const { error: e } = errorDocument(error);
  const where = [e.segment, e.offset !== null ? `at offset ${e.offset}` : null].filter(Boolean).join(', ');
  const internal = !(error instanceof CliError) && !isJoseError(error);
  return `jose-lab ${name}: ${internal ? 'internal error: ' : ''}${e.message}${where ? ` (${where})` : ''}`;
}
