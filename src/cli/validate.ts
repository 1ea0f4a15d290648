// `event-timeline validate FILE…`: checks timeline files and prints each problem on a line a CI log
// (or a GitHub Actions problem matcher) can point at. All I/O goes through `io`, so tests need no disk.
import {parseInput} from '../adapters/read-input.js';
import type {TimelineIssue} from '../model/types.js';
import {parseArguments, USAGE, type InputFormat} from './arguments.js';
import {parseJsonText} from './json-text.js';

export interface CliIo {
  /** Writes text as given (each line ends with "\n"). */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}

/** What was found in one file. `format` is undefined when the file could not be read as JSON. */
export interface FileResult {
  file: string;
  format?: 'event-timeline' | 'timelinejs';
  events: number;
  links: number;
  errors: number;
  warnings: number;
  issues: TimelineIssue[];
}

/** Runs the command; resolves to the exit code (0 no errors, 1 errors, 2 usage). Never rejects. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr(`event-timeline: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const {options} = parsed;
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const results: FileResult[] = [];
  for (const file of options.files) {
    try {
      results.push(await validateFile(file, options.format, io));
    } catch (error) {
      // A bug of ours, not the file's; still reported per file so the other files are checked.
      const message = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
      results.push(withIssues({file, events: 0, links: 0, errors: 0, warnings: 0, issues: []}, [{path: '(file)', severity: 'error', message}]));
    }
  }

  if (options.json) {
    const total = (key: 'errors' | 'warnings') => results.reduce((sum, result) => sum + result[key], 0);
    io.stdout(`${JSON.stringify({errors: total('errors'), warnings: total('warnings'), files: results}, null, 2)}\n`);
  } else {
    for (const result of results) io.stdout(report(result));
    if (results.length > 1) {
      const failed = results.filter((result) => result.errors > 0).length;
      io.stdout(`${count(results.length, 'file')} checked, ${failed} with errors\n`);
    }
  }
  return results.some((result) => result.errors > 0) ? 1 : 0;
}

/** Reads, parses, converts (TimelineJS) and validates one file. */
export async function validateFile(file: string, format: InputFormat, io: Pick<CliIo, 'readFile'>): Promise<FileResult> {
  const result: FileResult = {file, events: 0, links: 0, errors: 0, warnings: 0, issues: []};
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return withIssues(result, [{path: '(file)', severity: 'error', message: `cannot be read: ${readError(error)}`}]);
  }
  const json = parseJsonText(text);
  if (!json.ok) return withIssues(result, [{path: '(root)', severity: 'error', message: json.message}]);

  const {timeline, issues, format: read} = parseInput(json.value, format);
  result.format = read;
  result.events = timeline?.events.length ?? 0;
  result.links = timeline?.links.length ?? 0;
  return withIssues(result, issues);
}

function withIssues(result: FileResult, issues: TimelineIssue[]): FileResult {
  result.issues = issues;
  result.errors = issues.filter((issue) => issue.severity === 'error').length;
  result.warnings = issues.length - result.errors;
  return result;
}

/** `story.json: error events[3].date: …` lines, then `story.json: 7 events, 7 links, 0 errors, 0 warnings`. */
function report(result: FileResult): string {
  const lines = result.issues.map((issue) => `${result.file}: ${issue.severity} ${issue.path}: ${issue.message}\n`);
  const counts = [count(result.events, 'event'), count(result.links, 'link'), count(result.errors, 'error'), count(result.warnings, 'warning')];
  const as = result.format === 'timelinejs' ? ' (read as TimelineJS)' : '';
  return `${lines.join('')}${result.file}: ${counts.join(', ')}${as}\n`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A file system error in words: Node's codes for the usual cases, else its message. */
function readError(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
