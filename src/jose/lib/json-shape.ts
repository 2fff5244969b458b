import { JoseError } from './errors.ts';
import type { JsonObject } from './json.ts';

/**
 * The engine's depth cap for JSON it reads (parseJson's default) and, here, for objects a caller
 * hands in to be written into a token: a header deeper than this could not be read back.
 *
 * @example
 * await sign('x', key, { alg: 'HS256', header: nestedDeeperThan(MAX_JSON_DEPTH) }); // throws ERR_LIMIT_EXCEEDED, details.option 'header'
 */
export const MAX_JSON_DEPTH = 64;

/** What is wrong with a value that should be plain JSON data, and where (a path from the root). */
export interface JsonShapeProblem {
  kind: 'type' | 'cycle' | 'depth';
  path: (string | number)[];
  /** "a function", "null", "an array"... */
  found: string;
}

/** The words for a value's kind in messages ("null", "an array", "a function"). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : t === 'undefined' ? 'undefined' : `a ${t}`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Walks a value without recursion (so no depth can overflow the stack) and reports the first thing
 * that is not plain JSON data: a function, symbol, bigint, non-finite number, class instance, a
 * cycle, or nesting deeper than `maxDepth`. Object members that are undefined are allowed (JSON
 * text leaves them out). Returns undefined when the value is fine.
 */
export function jsonShapeProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonShapeProblem | undefined {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value, path: [], depth: 0 }];
  const open = new Set<object>();
  const done = new WeakSet<object>();
  // Each container is pushed twice: once to visit its children, once (marker) to close it.
  const closing: object[] = [];
  while (stack.length) {
    const item = stack.pop()!;
    const v = item.value;
    if (v === CLOSE) {
      const obj = closing.pop()!;
      open.delete(obj);
      done.add(obj);
      continue;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { kind: 'type', path: item.path, found: String(v) };
      continue;
    }
    if (typeof v !== 'object') return { kind: 'type', path: item.path, found: kindOf(v) };
    if (open.has(v)) return { kind: 'cycle', path: item.path, found: 'a reference back to an enclosing object' };
    if (done.has(v)) continue;
    if (!Array.isArray(v) && !isPlainObject(v)) return { kind: 'type', path: item.path, found: `an instance of ${(v as object).constructor?.name ?? 'a class'}` };
    if (item.depth >= maxDepth) return { kind: 'depth', path: item.path, found: `nesting deeper than ${maxDepth} levels` };
    open.add(v);
    closing.push(v);
    stack.push({ value: CLOSE, path: item.path, depth: item.depth });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...item.path, i], depth: item.depth + 1 });
    } else {
      const names = Object.keys(v);
      for (let i = names.length - 1; i >= 0; i--) {
        const member = (v as Record<string, unknown>)[names[i]!];
        if (member !== undefined) stack.push({ value: member, path: [...item.path, names[i]!], depth: item.depth + 1 });
      }
    }
  }
  return undefined;
}

const CLOSE = Symbol('close');

function pathWords(path: (string | number)[]): string {
  return path.length ? ` at ${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p.length > 40 ? `${p.slice(0, 40)}…` : p}`)).join('')}` : '';
}

/**
 * Checks an object a library caller passes as an option (a header to write into a token): not an
 * object at all, or holding something JSON cannot carry, is the caller's bug, a TypeError naming
 * the option; nesting past the engine's depth cap is data the engine would refuse to read back, an
 * ERR_LIMIT_EXCEEDED naming the option.
 *
 * @example
 * checkJsonOption(options.header, 'encrypt', 'header'); // throws TypeError for null, returns the object otherwise
 */
export function checkJsonOption(value: unknown, operation: string, option: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${operation}: the option "${option}" must be a JSON object, not ${kindOf(value)}`);
  }
  checkJsonValue(value, operation, option);
  return value as JsonObject;
}

/** Like checkJsonOption for any JSON value (a payload given as an object or array). */
export function checkJsonValue(value: unknown, operation: string, what: string): void {
  const problem = jsonShapeProblem(value);
  if (!problem) return;
  if (problem.kind === 'depth') {
    throw new JoseError('ERR_LIMIT_EXCEEDED', `${operation}: the ${what} nests deeper than ${MAX_JSON_DEPTH} levels${pathWords(problem.path)}, the most a token's JSON may nest here`, {
      details: { option: what, limit: MAX_JSON_DEPTH },
    });
  }
  throw new TypeError(`${operation}: the ${what} must be plain JSON data, but it holds ${problem.found}${pathWords(problem.path)}`);
}
