import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { segmentStyle } from '../../components/segmentStyle.ts';
import { toHex, type InspectResult } from '../../jose/index.ts';
import { charInfo, charText, jsonLayout, pathLabel, type CharInfo } from './anatomy.ts';
import { useLocale, useT } from '../../lib/i18n/index.ts';
import { segmentText } from '../../lib/i18n/segmentText.ts';
import { problemText, loadEngineWords } from '../../lib/i18n/engine-words.ts';
import { useContentLocale } from '../../lib/i18n/index.ts';

/** Beyond this many characters the view shows the start only (a teaching view, not a 1 MB viewer). */
const MAX_CHARS = 6000;

function printable(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·')).join('');
}

function Detail({ info, dot }: { info: CharInfo | undefined; dot: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (dot) return <p>{t('learn.theThatSeparatesTwoSegments')}</p>;
  if (!info) return <p>{t('learn.pointAtACharacterOf')}</p>;
  const style = segmentStyle(info.segment.name);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
      <dt className="font-medium">{t('learn.segment')}</dt>
      <dd className={`${style.text} ${style.underline}`}>
        {t('learn.detail.segment', { segment: segmentText(info.segment, t, locale), n: info.position, total: info.segment.end - info.segment.start })}
      </dd>
      {info.group && (
        <>
          <dt className="font-medium">{t('learn.group')}</dt>
          <dd>
            <code className="mono">{info.group.text}</code> {t('learn.detail.group', { index: info.group.index })}
          </dd>
          <dt className="font-medium">{t('learn.bytes')}</dt>
          <dd>
            <code className="mono">{toHex(info.group.values).replace(/(..)(?!$)/g, '$1 ') || '—'}</code>
            {info.group.values.length > 0 && <> = <code className="mono">"{printable(info.group.values)}"</code></>} {t('learn.detail.bytes', { start: info.group.bytes.start, end: Math.max(info.group.bytes.start, info.group.bytes.end - 1) })}
            {info.bytes ? (info.bytes.end - info.bytes.start > 1 ? t('learn.detail.bitsMany', { from: info.bytes.start, to: info.bytes.end - 1 }) : t('learn.detail.bitsOne', { at: info.bytes.start })) : ''})
          </dd>
        </>
      )}
      <dt className="font-medium">{t('learn.jsonMember')}</dt>
      <dd>{info.member ? t('learn.detail.member', { member: info.member.label, part: info.member.part }) : t(info.segment.json ? 'learn.detail.punctuation' : 'learn.detail.notJson')}</dd>
    </dl>
  );
}

/** A segment whose JSON was too large to list: said under the token. */
function LimitNotes({ result }: { result: InspectResult }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  return result.problems
    .filter((p) => p.code === 'JSON_LIMIT')
    .map((p) => (
      <p key={`limit-${p.offset}`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        {t('learn.jsonLimit', { message: problemText(p, locale), n: p.offset - result.start + 1 })}
      </p>
    ));
}

/** The live region's words for the character at `offset` (undefined on a dot). */
function describeAt(result: InspectResult, offset: number, t: ReturnType<typeof useT>, locale: ReturnType<typeof useLocale>): string | undefined {
  const info = charInfo(result, offset);
  return info && charText(info, t, segmentText(info.segment, t, locale));
}

/** Where a key moves the cursor among the characters [start, end): rows of 40, pages of 200. */
function keyMove(key: string, at: number, start: number, end: number): number | undefined {
  const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + 40, ArrowUp: at - 40, Home: start, End: end - 1, PageDown: at + 200, PageUp: at - 200 };
  const next = moves[key];
  return next === undefined ? undefined : Math.min(end - 1, Math.max(start, next));
}

type Selected = { segment: number; member: number } | undefined;
type Segment = InspectResult['segments'][number];

/** One character of the token, coloured by its segment; the current one outlined. */
function TokenChar({ offset, char, segment, active, current, inGroup, inMember }: { offset: number; char: string; segment: Segment | undefined; active: boolean; current: boolean; inGroup: boolean; inMember: boolean }) {
  const style = segment ? segmentStyle(segment.name) : undefined;
  return (
    <span
      id={`learn-ch-${offset}`}
      role="option"
      aria-selected={active}
      data-o={offset}
      className={`${style ? `${style.text} ${style.underline}` : 'text-slate-500'} ${inMember ? 'bg-amber-200 dark:bg-amber-800' : inGroup ? 'bg-slate-200 dark:bg-slate-700' : ''} ${current ? 'outline-2 outline-offset-1 outline-slate-900 dark:outline-white' : ''}`}
    >
      {char}
    </span>
  );
}

/** Each segment's decoded JSON with every name and value a button that highlights its characters. */
function DecodedJson({ result, large, selected, onSelect }: { result: InspectResult; large: boolean | undefined; selected: Selected; onSelect: (selected: Selected) => void }) {
  const t = useT();
  const locale = useLocale();
  return result.segments
    .filter((s) => s.json && s.json.members.length > 0)
    .map((s) => (
      <div key={s.id} className="flex flex-col gap-1">
        <h3 id={`learn-json-${s.id}`} className="text-sm font-semibold">
          {t('learn.decodedPart', { part: segmentText(s, t, locale) })}
        </h3>
        <pre role="group" aria-labelledby={`learn-json-${s.id}`} className={`mono rounded-md border border-slate-300 bg-slate-50 p-3 break-all whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900 ${large ? 'text-xl' : 'text-sm'}`}>
          {jsonLayout(s).map((piece, i) => {
            if (piece.member === undefined) return piece.text;
            const member = s.json!.members[piece.member]!;
            const index = piece.member;
            const pressed = selected?.segment === s.id && selected.member === index;
            const label = pathLabel(member.path);
            const name = piece.part === 'name' ? (member.path.length > 1 ? `${piece.text} (${label})` : undefined) : t('learn.valueOf', { value: piece.full ?? piece.text, member: label });
            return (
              <button
                key={i}
                type="button"
                aria-pressed={pressed}
                aria-label={name}
                title={piece.full}
                data-member={label}
                data-part={piece.part}
                onClick={() => onSelect(pressed ? undefined : { segment: s.id, member: index })}
                className={`inline rounded-sm px-0 text-left underline decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-600 ${pressed ? 'bg-amber-200 text-black dark:bg-amber-800 dark:text-white' : `${segmentStyle(s.name).text} hover:bg-slate-200 dark:hover:bg-slate-800`}`}
              >
                {piece.text}
              </button>
            );
          })}
        </pre>
      </div>
    ));
}

/**
 * The token large, character by character: hovering or focusing one shows its segment, its 4-character
 * base64url group, the bytes the group decodes to and the JSON member they fall in; choosing a member
 * of the decoded JSON highlights its characters. Arrow keys move the focus (aria-activedescendant),
 * and a live region says the same thing in words.
 */
export function Anatomy({ result, large }: { result: InspectResult; large?: boolean }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  const [active, setActive] = useState<number | undefined>(undefined);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const [selected, setSelected] = useState<Selected>(undefined);
  const start = result.start;
  const end = Math.min(result.end, result.start + MAX_CHARS);

  const segOf = useMemo(() => {
    const table = new Int32Array(end - start).fill(-1);
    for (const s of result.segments) for (let o = Math.max(s.start, start); o < Math.min(s.end, end); o++) table[o - start] = s.id;
    return table;
  }, [result, start, end]);

  const shown = hover ?? active;
  const info = shown !== undefined ? charInfo(result, shown) : undefined;
  const dot = shown !== undefined && !info;
  const selectedMember = selected ? result.segments[selected.segment]?.json?.members[selected.member] : undefined;
  const live = active === undefined ? '' : (describeAt(result, active, t, locale) ?? t('learn.separatorChar', { n: active - start + 1, char: result.input[active] ?? '' }));

  const onKeyDown = (event: KeyboardEvent) => {
    const next = keyMove(event.key, active ?? start, start, end);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };
  const fromPointer = (event: MouseEvent) => {
    const o = (event.target as HTMLElement).dataset.o;
    return o === undefined ? undefined : Number(o);
  };

  if (end <= start) return null;
  const chars: number[] = [];
  for (let o = start; o < end; o++) chars.push(o);

  return (
    <section role="region" aria-label={t('learn.anatomy')} className="flex flex-col gap-3">
      <h2 className={`font-semibold ${large ? 'text-3xl' : 'text-lg'}`}>{t('learn.anatomy2')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('learn.everyCharacterOfTheToken')}</p>
      <div
        role="listbox"
        aria-label={t('learn.tokenCharacters')}
        aria-describedby="learn-anatomy-live"
        aria-activedescendant={active !== undefined ? `learn-ch-${active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((a) => a ?? start)}
        onMouseOver={(e) => setHover(fromPointer(e))}
        onMouseLeave={() => setHover(undefined)}
        onClick={(e) => {
          const o = fromPointer(e);
          if (o !== undefined) setActive(o);
        }}
        className={`mono cursor-default rounded-md border border-slate-300 p-3 leading-relaxed break-all whitespace-pre-wrap focus:outline-none focus-visible:ring-4 focus-visible:ring-sky-500 dark:border-slate-700 ${large ? 'text-4xl' : 'text-2xl'}`}
      >
        {chars.map((o) => {
          const seg = segOf[o - start]!;
          const inGroup = !!info?.group && o >= info.group.start && o < info.group.end;
          const inMember = !!selectedMember && o >= selectedMember.input.start && o < selectedMember.input.end && seg === selected?.segment;
          return <TokenChar key={o} offset={o} char={result.input[o]!} segment={seg >= 0 ? result.segments[seg] : undefined} active={o === active} current={o === shown} inGroup={inGroup} inMember={inMember} />;
        })}
      </div>
      {result.end > end && <p className="text-sm">{t('learn.longToken', { n: result.end - result.start, max: MAX_CHARS })}</p>}
      <p id="learn-anatomy-live" aria-live="polite" className="sr-only">
        {live}
      </p>
      <div className={`rounded-md border border-slate-300 p-3 dark:border-slate-700 ${large ? 'text-2xl' : 'text-sm'}`}>
        <Detail info={info} dot={dot} />
      </div>
      <LimitNotes result={result} />
      <DecodedJson result={result} large={large} selected={selected} onSelect={setSelected} />
    </section>
  );
}
