// Collects parse issues with their JSON paths, capped so a huge broken document stays cheap.
import {cutText} from './cut-text.js';
import {DEFAULT_LIMITS} from './limits.js';
import type {IssueSeverity, TimelineIssue} from './types.js';

export {shown, typeName} from './shown.js';

export const MAX_REPORTED_ISSUES = 200;

export class IssueLog {
  readonly issues: TimelineIssue[] = [];
  private dropped = 0;
  /** Whether an error was among the issues left out: a story with many warnings only is not broken. */
  private droppedError = false;

  /** `maxTextLength`: paths and messages are cut to it here, the one place every issue passes (a key or a name may be megabytes long). */
  constructor(private readonly maxTextLength = DEFAULT_LIMITS.maxTextLength) {}

  add(path: string, message: string, severity: IssueSeverity = 'error'): void {
    if (this.issues.length < MAX_REPORTED_ISSUES)
      this.issues.push({path: cutText(path, this.maxTextLength), message: cutText(message, this.maxTextLength), severity});
    else {
      this.dropped++;
      this.droppedError ||= severity === 'error';
    }
  }

  warn(path: string, message: string): void {
    this.add(path, message, 'warning');
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** The list, with one closing line when issues were left out. */
  finish(): TimelineIssue[] {
    if (this.dropped > 0) {
      this.issues.push({
        path: '(root)',
        message: `${this.dropped} more issues were not listed`,
        severity: this.droppedError ? 'error' : 'warning',
      });
    }
    return this.issues;
  }
}

/** JSON path of a property: `events[3].date`. */
export function pathOf(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (isIdentifier(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

// Paths are made for every field of every event, from a few property names: each name is tested once.
const identifiers = new Map<string, boolean>();
function isIdentifier(key: string): boolean {
  let known = identifiers.get(key);
  if (known === undefined) {
    known = /^[A-Za-z_$][\w$]*$/.test(key);
    if (identifiers.size < 1000) identifiers.set(key, known);
  }
  return known;
}

/** `read()`, or undefined with an error at `path` when reading the item throws (a getter, a Proxy): the other items are still read. */
export function guarded<T>(log: IssueLog, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    couldNotRead(log, path, error);
    return undefined;
  }
}

/** The error of an item whose reading threw (for loops over many items, which catch without a closure per item). */
export function couldNotRead(log: IssueLog, path: string, error: unknown): void {
  log.add(path, `could not be read: ${thrownMessage(error)}`);
}

/** What an exception says, for an issue: never throws, even for an error object that is itself a hostile Proxy. */
export function thrownMessage(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error);
  } catch {
    return 'an exception';
  }
}
