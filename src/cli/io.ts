/**
 * What a command gets from the process: arguments already parsed, stdin, stdout, stderr, the
 * environment and whether to colour. Commands never touch `process` themselves, so each runs the
 * same under a test harness and a terminal.
 */
import { readFileSync, statSync } from 'node:fs';
import { isJoseError, MAX_KEY_FILE_BYTES, readKeyBytes, type KeyFileText } from '../jose/index.ts';
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
  /** stdin as bytes: a key file piped in may be binary DER. */
  readStdinBytes(): Promise<Uint8Array>;
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
  const readStdinBytes = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  };
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    write: (data) => process.stdout.write(data),
    err: (text) => process.stderr.write(`${text}\n`),
    json: (doc) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`),
    readStdin: async () => Buffer.from(await readStdinBytes()).toString('utf8'),
    readStdinBytes,
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

/** What a key argument or key file holds, as the engine's readKeyBytes reads it. */
export interface KeyText extends KeyFileText {
  from: 'file' | 'text' | 'stdin';
}

/** A key file's bytes as text: binary DER becomes PEM, other binary bytes base64 (readKeyBytes). */
function keyFileText(bytes: Uint8Array, where: string): KeyFileText {
  try {
    const read = readKeyBytes(bytes);
    // `echo secret > key.txt` leaves a newline that is not part of the secret; PEM and JSON do not mind.
    return read.encoding || read.der ? read : { text: read.text.replace(/\r?\n$/, '') };
  } catch (error) {
    if (isJoseError(error)) throw new CliError(error.code, `${where}: ${error.message}`, EXIT.badInput, 'key');
    throw error;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readKeyFile(path: string): KeyFileText {
  const size = statSync(path).size;
  if (size > MAX_KEY_FILE_BYTES) throw new CliError('ERR_INPUT', `${path} is ${Math.round(size / 1024)} KB; key files are far smaller (the limit is 1 MB)`, EXIT.badInput, 'key');
  return keyFileText(new Uint8Array(readFileSync(path)), path);
}

/**
 * A --key value: the path of a file when one exists there (PEM, DER, JWK, JWKS or a secret),
 * otherwise the text itself (a secret, JSON of a JWK, PEM text).
 */
export function readKeyArg(value: string): KeyText {
  if (!isFile(value)) return { text: value, from: 'text' };
  return { ...readKeyFile(value), from: 'file' };
}

/** A key file argument that must exist, or "-" for stdin (keys convert, keys thumbprint). */
export async function readFileArg(path: string, io: Io): Promise<KeyText> {
  if (path === '-') return { ...keyFileText(await io.readStdinBytes(), 'The key on stdin'), from: 'stdin' };
  if (!isFile(path)) {
    let why = 'no such file';
    try {
      if (statSync(path).isDirectory()) why = 'it is a folder';
    } catch {
      // ENOENT: no such file
    }
    throw new CliError('ERR_INPUT', `Cannot read ${path}: ${why}`, EXIT.badInput, 'key');
  }
  return { ...readKeyFile(path), from: 'file' };
}
