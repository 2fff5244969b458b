/**
 * What a command gets from the process: arguments already parsed, stdin, stdout, stderr, the
 * environment and whether to colour. Commands never touch `process` themselves, so each runs the
 * same under a test harness and a terminal.
 */
import { readFileSync, statSync } from 'node:fs';
import { CliError, EXIT } from './errors.ts';
import { colorEnabled, paint, type Paint } from './color.ts';

export interface Io {
  /** A line (or lines) for stdout; a newline is added. */
  out(text: string): void;
  /** Raw bytes or text for stdout, exactly as given (no newline): decrypted plaintext, a token. */
  write(data: string | Uint8Array): void;
  /** A line for stderr. */
  err(text: string): void;
  /** One JSON document on stdout. */
  json(doc: unknown): void;
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  paint: Paint;
}

export function processIo(): Io {
  // `jose-lab decode - | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    write: (data) => process.stdout.write(data),
    err: (text) => process.stderr.write(`${text}\n`),
    json: (doc) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    paint: paint(colorEnabled(process.env, process.stdout.isTTY === true)),
  };
}

/** Far above any real token or key file; a guard against `jose-lab decode < /dev/zero`-style mistakes. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * The token (or claims) argument: the text itself, "-" for stdin, or stdin when the argument is
 * missing and stdin is not a terminal. Trimming "Bearer " and whitespace is inspect's job.
 */
export async function readTextArg(value: string | undefined, io: Io, what: string, exact = false): Promise<string> {
  if (value === '-' || (value === undefined && !io.stdinIsTTY)) {
    const text = await io.readStdin();
    if (text.length > MAX_INPUT_BYTES) throw new CliError('ERR_LIMIT_EXCEEDED', `The ${what} on stdin is over ${MAX_INPUT_BYTES} bytes`);
    // The newline `echo` and most pipes end with is not part of a token; --exact keeps every byte.
    return exact ? text : text.replace(/\r?\n$/, '');
  }
  if (value === undefined) throw new CliError('ERR_USAGE', `Give the ${what} as an argument, or "-" to read it from stdin`);
  return value;
}

/**
 * A --key value: the path of a file when one exists there (PEM, JWK, JWKS or a secret), otherwise
 * the text itself (a secret, JSON of a JWK, PEM text).
 */
export function readKeyArg(value: string): { text: string; from: 'file' | 'text' } {
  let isFile: boolean;
  try {
    isFile = statSync(value).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return { text: value, from: 'text' };
  const stat = statSync(value);
  if (stat.size > 1024 * 1024) throw new CliError('ERR_INPUT', `${value} is ${Math.round(stat.size / 1024)} KB; key files are far smaller (the limit is 1 MB)`, EXIT.badInput, 'key');
  // `echo secret > key.txt` leaves a newline that is not part of the secret; PEM and JSON do not mind.
  return { text: readFileSync(value, 'utf8').replace(/\r?\n$/, ''), from: 'file' };
}

/** A file argument that must exist (keys convert, keys thumbprint). */
export function readFileArg(path: string, io: Io): Promise<string> | string {
  if (path === '-') return io.readStdin();
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError('ERR_INPUT', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, EXIT.badInput, 'key');
  }
}
