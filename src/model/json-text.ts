// JSON text to a value, within the documented limits: text over `maxBytes` is not parsed, nor text
// nested deeper than `maxDepth`, nor text holding more than `maxContainers` arrays and objects.
// JSON.parse builds what it reads level by level (19 MB of "[" take it two seconds and gigabytes),
// and spends about 0.3 µs on each array or object: 20 MB of "[]," are six million of them, where
// a real story of that size holds a few hundred thousand. One linear scan sees both first.
import type {IssueLog} from './issue-log.js';
import type {TimelineLimits} from './limits.js';

/** Which limit a scan of JSON text found passed, and the index of the bracket that passed it. */
export type JsonShape = {past: 'depth' | 'containers'; at: number} | undefined;

/**
 * The first bracket of `text` past `maxDepth` levels of nesting or past `maxContainers` arrays and
 * objects in all: a scan of character codes, strings skipped. Text that is not JSON is scanned as
 * well as it can be; JSON.parse says what is wrong with it.
 */
export function jsonShape(text: string, {maxDepth, maxContainers}: Pick<TimelineLimits, 'maxDepth' | 'maxContainers'>): JsonShape {
  for (let i = 0, depth = 0, containers = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: "[" in it opens nothing. It ends at the next quote after an even run of backslashes;
      // indexOf finds quotes at native speed (a story is mostly text: twice as fast as reading each character).
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return undefined;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
        i = end;
        if ((slashes & 1) === 0) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return {past: 'depth', at: i};
      if (++containers > maxContainers) return {past: 'containers', at: i};
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/** Why a scan refused JSON text ("(root): is nested …", "(root): holds more …"); `where` names the place ("at character 12", "line 1, column 12"). */
export function shapeProblem(
  shape: NonNullable<JsonShape>,
  limits: Pick<TimelineLimits, 'maxDepth' | 'maxContainers'>,
  where: string,
): string {
  return shape.past === 'depth'
    ? `is nested more than ${limits.maxDepth} levels deep (${where}); not read`
    : `holds more than ${limits.maxContainers} arrays and objects (${where}); not read`;
}

/** Why JSON text is not read, or undefined when it is within the limits. */
export function refusedJson(text: string, limits: Pick<TimelineLimits, 'maxBytes' | 'maxDepth' | 'maxContainers'>): string | undefined {
  if (text.length > limits.maxBytes) return `is ${text.length} characters long; the limit is ${limits.maxBytes}`;
  const shape = jsonShape(text, limits);
  return shape && shapeProblem(shape, limits, `at character ${shape.at + 1}`);
}

/** The value of JSON text, or undefined after logging at "(root)" why it is not read. */
export function readJsonText(
  text: string,
  limits: Pick<TimelineLimits, 'maxBytes' | 'maxDepth' | 'maxContainers'>,
  log: IssueLog,
): unknown {
  const refused = refusedJson(text, limits);
  if (refused) return void log.add('(root)', refused);
  try {
    return JSON.parse(text);
  } catch (error) {
    log.add('(root)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}
