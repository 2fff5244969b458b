#!/usr/bin/env node
/**
 * `jose-lab`: JOSE Lab's engine on the command line. This file reads only the command's name and
 * loads that one command (see commands/index.ts), so start-up stays close to Node's own.
 */
import { readFileSync } from 'node:fs';
import { COMMANDS, findCommand } from './commands/index.ts';
import { EXIT } from './errors.ts';
import { processIo, type Io } from './io.ts';
import { runCommand } from './run.ts';

const SEED_TOKEN =
  'eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `jose-lab — decode, verify, sign, encrypt and decrypt JWT / JWS / JWE; the engine of JOSE Lab

Usage: jose-lab <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --json (one JSON document on stdout; errors as {"error": {"code", "message",
"segment", "offset"}}) and --help. Tokens are read from stdin with "-"; "Bearer " and surrounding
whitespace are removed. Private keys are printed only with --private.
Exit status: 0 verified or done, 1 the signature, decryption, claims or a "must" profile check failed, 2 bad input.

Examples:
  # The HS256 token of the seed documents, with its secret "password" (it expired in 2014: exit 1)
  jose-lab verify ${SEED_TOKEN} --key password
  # ... checked at a time when it was still valid (exit 0)
  jose-lab verify ${SEED_TOKEN} --key password --now 2014-03-24T00:00:00Z
  # What is in the token of a failing request
  pbpaste | jose-lab decode -
  # A sample ES256 token with a fresh key pair
  jose-lab keys generate ES256 --private --out es256.jwk
  jose-lab sign --alg ES256 --key es256.jwk '{"sub":"alice","exp":4102444800}'

Run "jose-lab <command> --help" for a command's options and examples.`;
}

function version(): string {
  // package.json sits two folders up both from src/cli/ and from the built dist-package/cli/.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    if (topic) return runCommand(topic, ['--help'], io);
    io.out(mainHelp());
    return first === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(version());
    return EXIT.ok;
  }
  const entry = findCommand(first);
  if (!entry) {
    const message = `Unknown command "${first}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See "jose-lab --help"`;
    if (argv.includes('--json')) io.json({ error: { code: 'ERR_USAGE', message, segment: null, offset: null } });
    else io.err(`jose-lab: ${message}`);
    return EXIT.badInput;
  }
  return runCommand(entry, rest, io);
}

process.exitCode = await main(process.argv.slice(2), processIo());
