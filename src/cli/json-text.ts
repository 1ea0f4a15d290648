// Parses a file's JSON text, and when it is not JSON says where: line and column, counted the way
// an editor counts them. V8's messages give a position only for some errors ("Unexpected token"
// has none), so a small scanner finds the first character that breaks the JSON grammar.

import {jsonShape, shapeProblem} from '../model/json-text.js';
import {DEFAULT_LIMITS} from '../model/limits.js';

export type JsonText = {ok: true; value: unknown} | {ok: false; message: string};

export function parseJsonText(text: string): JsonText {
  // A byte order mark is invisible in editors and harmless; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return {ok: false, message: 'is empty: a timeline file holds one JSON object'};
  // Before JSON.parse, which builds what it reads level by level (100 MB of "[" took it 12 s and
  // gigabytes) and spends 0.3 µs on each array or object.
  const shape = jsonShape(body, DEFAULT_LIMITS);
  if (shape) {
    const {line, column} = lineAndColumn(body, shape.at);
    return {ok: false, message: shapeProblem(shape, DEFAULT_LIMITS, `line ${line}, column ${column}`)};
  }
  try {
    return {ok: true, value: JSON.parse(body)};
  } catch (error) {
    const raw = String((error as Error)?.message ?? error);
    // V8 quotes a piece of the input ('Unexpected token 'x', "[1, x]" is not valid JSON'); the place says more.
    const snippet = raw.endsWith(' is not valid JSON') ? raw.indexOf(', "') : -1;
    const reason = (snippet >= 0 ? raw.slice(0, snippet) : raw).replace(/ in JSON at position \d+.*$/, '');
    const at = firstJsonError(body);
    const {line, column} = lineAndColumn(body, at < 0 ? body.length : at);
    return {ok: false, message: `is not valid JSON: ${reason} (line ${line}, column ${column})`};
  }
}

/** 1-based line and column of a character index. */
export function lineAndColumn(text: string, index: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: index - lineStart + 1};
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const HEX = /^[0-9a-fA-F]{4}$/;

/**
 * Index of the first character where `text` stops being JSON (its length when it ends too soon),
 * or -1 when it is JSON. A state machine with an explicit stack, so deep nesting cannot overflow;
 * the stack holds one bit per open bracket (set for "{"), so 100 MB of "[" take 12.5 MB, not an
 * array of a hundred million strings.
 */
export function firstJsonError(text: string): number {
  const objects = new Uint8Array((text.length >> 3) + 1);
  let depth = 0;
  const open = (object: boolean) => {
    const bit = 1 << (depth & 7);
    objects[depth >> 3] = object ? objects[depth >> 3]! | bit : objects[depth >> 3]! & ~bit;
    depth++;
  };
  let state: 'value' | 'key' | 'after' = 'value';
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (isSpace(text[i])) i++;
    if (i >= text.length) return state === 'after' && depth === 0 ? -1 : text.length;
    const c = text[i]!;
    const top = depth === 0 ? undefined : objects[(depth - 1) >> 3]! & (1 << ((depth - 1) & 7)) ? '}' : ']';
    if (state === 'after') {
      if (top === undefined) return i;
      if (c === ',') state = top === '}' ? 'key' : 'value';
      else if (c === top) depth--;
      else return i;
      i++;
      justOpened = false;
      continue;
    }
    if (state === 'key') {
      if (c === '}' && justOpened) {
        depth--;
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return i;
      i = scanString(text, i);
      if (i < 0) return -i - 1;
      while (isSpace(text[i])) i++;
      if (text[i] !== ':') return Math.min(i, text.length);
      i++;
      state = 'value';
      justOpened = false;
      continue;
    }
    // state === 'value'
    if (c === '{' || c === '[') {
      open(c === '{');
      state = c === '{' ? 'key' : 'value';
      justOpened = true;
      i++;
      continue;
    }
    if (c === ']' && justOpened && top === ']') {
      depth--;
      i++;
    } else if (c === '"') {
      i = scanString(text, i);
      if (i < 0) return -i - 1;
    } else if (c === '-' || isDigit(c)) {
      i = scanNumber(text, i);
      if (i < 0) return -i - 1;
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (!literal) return i;
      i += literal.length;
    }
    state = 'after';
    justOpened = false;
  }
}

/** Index after the string starting at `start`, or -(error index) - 1. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20) return -i - 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) return -(i + 1) - 1;
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return -(i + 1) - 1;
      }
    }
  }
  return -text.length - 1;
}

/** Index after the number starting at `start`, or -(error index) - 1. */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return -i - 1;
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  return i;
}
