/**
 * The one table of commands. Each entry loads its module only when it runs, so `jose-lab decode`
 * never pays for key generation and `--help` loads no crypto at all.
 *
 * To add a command: write src/cli/commands/NAME.ts default-exporting a Command, then add its line here.
 */
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<{ default: Command }>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'decode', summary: 'Show what a token is and why, every segment decoded, the claims and times explained', load: () => import('./decode.ts') },
  { name: 'verify', summary: 'Check a JWS signature, its claims and its profile (ID token, DPoP...) with a key, a JWKS URL or an issuer', load: () => import('./verify.ts') },
  { name: 'sign', summary: 'Make a signed token (JWS) for any JWS algorithm', load: () => import('./sign.ts') },
  { name: 'encrypt', summary: 'Make an encrypted token (JWE) for any key management and content encryption algorithm', load: () => import('./encrypt.ts') },
  { name: 'decrypt', summary: 'Open a JWE and print its plaintext', load: () => import('./decrypt.ts') },
  { name: 'sd-jwt', summary: 'Selective disclosure (RFC 9901): decode, verify, issue and present SD-JWTs', load: () => import('./sd-jwt.ts') },
  { name: 'keys', summary: 'Generate keys, convert between JWK and PEM, compute thumbprints', load: () => import('./keys.ts') },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
