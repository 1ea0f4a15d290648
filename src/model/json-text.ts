// JSON text to a value, within the documented limits: text over `maxBytes` is not parsed, and
// neither is text nested deeper than `maxDepth`, which JSON.parse would build level by level
// (19 MB of "[" take it two seconds and gigabytes) for a document that nests a few levels.
import type {IssueLog} from './issue-log.js';
import type {TimelineLimits} from './limits.js';

/** Index of the bracket that opens level `maxDepth + 1` of `text`, or -1: a scan of character codes, strings skipped. */
export function tooDeepAt(text: string, maxDepth: number): number {
  for (let i = 0, depth = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: "[" in it opens nothing. A backslash escapes the next character.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** Why JSON text is not read, or undefined when it is within the limits. */
export function refusedJson(text: string, {maxBytes, maxDepth}: Pick<TimelineLimits, 'maxBytes' | 'maxDepth'>): string | undefined {
  if (text.length > maxBytes) return `is ${text.length} characters long; the limit is ${maxBytes}`;
  const at = tooDeepAt(text, maxDepth);
  return at < 0 ? undefined : `is nested more than ${maxDepth} levels deep (at character ${at + 1}); not read`;
}

/** The value of JSON text, or undefined after logging at "(root)" why it is not read. */
export function readJsonText(text: string, limits: Pick<TimelineLimits, 'maxBytes' | 'maxDepth'>, log: IssueLog): unknown {
  const refused = refusedJson(text, limits);
  if (refused) return void log.add('(root)', refused);
  try {
    return JSON.parse(text);
  } catch (error) {
    log.add('(root)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}
