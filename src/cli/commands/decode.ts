/** `jose-lab decode`: the Decode screen in a terminal, without any key or crypto. */
import {
  formatNumericDate, hexDump, inspect, prettyJson, timeClaimPhrase,
  type Finding, type InspectResult, type InspectedSegment, type JsonObject,
} from '../../jose/index.ts';
import { parseTime } from '../clock.ts';
import { str, type Command } from '../command.ts';
import { EXIT } from '../errors.ts';
import { readTextArg, type Io } from '../io.ts';
import { findingLines, problemLines } from '../report.ts';

const DATE_CLAIMS = ['iat', 'nbf', 'exp', 'auth_time', 'updated_at'];
const HEX_LIMIT = 512;

const help = `Usage: jose-lab decode [TOKEN|-] [--now TIME] [--json]

Shows what a token is and why (RFC 7516 §9: the "alg" value, the presence of "enc"), every segment
with its character range and decoded value, the header and claims pretty-printed as written (digits
and escapes kept), the NumericDate claims as UTC and relative times, the findings (alg none,
expired, embedded keys...) and every problem with its character offset. No key, no crypto.
TOKEN "-" or no TOKEN with piped input reads stdin; "Bearer ", quotes and whitespace are removed.
Segments are coloured when stdout is a terminal (NO_COLOR turns it off, FORCE_COLOR on).

Options:
  --now TIME   the clock for "expired 3 hours ago" (seconds, ISO date or +1h); default now
  --json       one JSON document: kind, reason, segments, header, claims, times, findings, problems

Exit status: 0 a JWS or JWE was read, 2 the text is not a readable token (the problems say where).

Examples:
  jose-lab decode eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8
  echo "Authorization: Bearer $TOKEN" | jose-lab decode -
  jose-lab decode "$TOKEN" --json | jq .claims`;

interface TimeLine {
  claim: string;
  seconds: number;
  utc: string;
  relative: string;
  phrase: string;
}

function times(claims: JsonObject | undefined, now: number): TimeLine[] {
  const out: TimeLine[] = [];
  for (const claim of DATE_CLAIMS) {
    const value = claims?.[claim];
    if (typeof value !== 'number') continue;
    const t = formatNumericDate(value, now);
    if (t) out.push({ claim, seconds: value, utc: t.utc, relative: t.relative, phrase: timeClaimPhrase(claim, value, now) });
  }
  return out;
}

function decodedText(s: InspectedSegment): string | undefined {
  if (s.text === undefined) return undefined;
  return s.json ? (prettyJson(s.text) ?? s.text) : s.text;
}

function segmentDocument(s: InspectedSegment) {
  const bytes = s.bytes?.length;
  return {
    name: s.name,
    label: s.label,
    ...(s.index !== undefined ? { index: s.index } : {}),
    start: s.start,
    end: s.end,
    raw: s.raw,
    ok: s.ok,
    ...(bytes !== undefined ? { bytes } : {}),
    ...(s.text !== undefined ? { text: s.text } : {}),
    ...(s.text === undefined && s.bytes && s.bytes.length <= HEX_LIMIT ? { hex: Array.from(s.bytes, (b) => b.toString(16).padStart(2, '0')).join('') } : {}),
  };
}

function readable(r: InspectResult): boolean {
  return r.jws !== undefined || r.jwe !== undefined;
}

function kindWords(r: InspectResult): string {
  const kind = r.kind === 'unsecured' ? 'Unsecured JWS' : r.kind === 'not-a-token' ? 'Not a token' : r.kind === 'unknown' ? 'Unknown' : r.kind;
  const ser = r.serialization === 'compact' ? 'compact serialization' : r.serialization === 'json-flattened' ? 'flattened JSON serialization' : r.serialization === 'json-general' ? 'general JSON serialization' : '';
  return ser ? `${kind} · ${ser}` : kind;
}

function printText(r: InspectResult, lines: TimeLine[], io: Io): void {
  const p = io.paint;
  io.out(p.bold(kindWords(r)));
  if (r.reason) io.out(r.reason);
  for (const n of r.notices) io.out(p.dim(`${n.message} (characters ${n.start}–${n.end})`));
  if (r.segments.length) {
    let token = '';
    let at = r.start;
    for (const s of [...r.segments].sort((a, b) => a.start - b.start)) {
      token += r.input.slice(at, s.start) + p.segment(s.name, r.input.slice(s.start, s.end));
      at = Math.max(at, s.end);
    }
    io.out(`\n${token}${r.input.slice(at, r.end)}`);
  }
  for (const s of r.segments) {
    const size = s.bytes ? ` · ${s.bytes.length} bytes` : '';
    io.out(`\n${p.segment(s.name, p.bold(s.label))} ${p.dim(`· characters ${s.start}–${s.end}${size}${s.ok ? '' : ' · does not decode'}`)}`);
    const text = decodedText(s);
    if (text !== undefined) io.out(text);
    else if (s.bytes?.length) io.out(hexDump(s.bytes, HEX_LIMIT));
    if (s.part === 'payload') for (const t of lines) io.out(`  ${t.claim}  ${t.utc} — ${t.phrase}`);
  }
  const findings = findingLines(r.findings as Finding[], p);
  if (findings.length) io.out(`\n${p.bold('Findings')}\n${findings.join('\n')}`);
  const problems = problemLines(r.problems, p);
  if (problems.length) io.out(`\n${p.bold('Problems')}\n${problems.join('\n')}`);
  if (r.kind === 'SD-JWT') io.out(p.dim('\nThe disclosure tree, each Disclosure and the Key Binding JWT\'s checks: jose-lab sd-jwt decode'));
}

const decode: Command = {
  options: { now: { type: 'string' } },
  help,
  async run(values, positionals, io) {
    const text = await readTextArg(positionals[0], io, 'token');
    const nowOption = str(values, 'now');
    const now = nowOption !== undefined ? parseTime(nowOption, 'now') : Date.now() / 1000;
    const r = inspect(text, { now });
    const lines = times(r.claims, now);
    const ok = readable(r);
    if (values.json) {
      const first = r.problems[0];
      io.json({
        kind: r.kind,
        ...(r.serialization ? { serialization: r.serialization } : {}),
        reason: r.reason,
        notices: r.notices,
        header: r.header ?? null,
        claims: r.claims ?? null,
        segments: r.segments.map(segmentDocument),
        times: lines,
        findings: r.findings,
        problems: r.problems,
        ...(!ok ? { error: { code: first?.code ?? 'NOT_A_TOKEN', message: first?.message ?? r.reason, segment: first?.segment ?? null, offset: first?.offset ?? null } } : {}),
      });
    } else {
      printText(r, lines, io);
    }
    return ok ? EXIT.ok : EXIT.badInput;
  },
};

export default decode;
