/** Findings, problems and verdict lines as terminal text: the same sentences the page shows, marked by severity. */
import { statusLine, isGood, type Finding, type InspectProblem, type Verdict } from '../jose/index.ts';
import type { Paint } from './color.ts';

const MARK: Record<Finding['severity'], string> = { danger: '✗', warning: '!', info: '·' };

export function findingLines(findings: readonly Finding[], p: Paint): string[] {
  return findings.map((f) => {
    const color = f.severity === 'danger' ? p.bad : f.severity === 'warning' ? p.warn : p.dim;
    return `  ${color(`${MARK[f.severity]} ${f.severity.padEnd(7)}`)} ${f.message}${f.ref ? p.dim(` [${f.ref.label}]`) : ''}`;
  });
}

export function problemLines(problems: readonly InspectProblem[], p: Paint): string[] {
  return problems.map((x) => `  ${p.bad('✗')} ${x.message} ${p.dim(`(${x.segment ? `${x.segment}, ` : ''}at offset ${x.offset})`)}`);
}

/** The verdict as one line, coloured by how it went. */
export function verdictLine(v: Verdict, p: Paint, caveat = false): string {
  const line = statusLine(v);
  if (!isGood(v.status)) return v.status === 'Key required' || v.status === 'Unsecured JWS' ? p.warn(line) : p.bad(line);
  return caveat ? p.warn(line) : p.good(line);
}
