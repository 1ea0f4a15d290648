// `event-timeline validate FILE…`: checks timeline files and prints each problem on a line a CI log
// (or a GitHub Actions problem matcher) can point at; `event-timeline convert FILE` writes one
// file's story as event JSON. All I/O goes through `io`, so tests need no disk.
import {parseValue} from '../adapters/read-input.js';
import {parseSpreadsheet} from '../adapters/spreadsheet.js';
import {toDocument} from '../model/to-document.js';
import type {Timeline, TimelineIssue} from '../model/types.js';
import {parseArguments, USAGE, type InputFormat} from './arguments.js';
import {parseJsonText} from './json-text.js';
import {printable, printableJson} from './printable.js';

export interface CliIo {
  /** Writes text as given (each line ends with "\n"). */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file's text; rejects for a file that is not a regular one, or is over `maxBytes` (read-file.ts does both). */
  readFile: (path: string, maxBytes: number) => Promise<string>;
}

/** What was found in one file. `format` is undefined when the file could not be read as JSON. */
export interface FileResult {
  file: string;
  format?: 'event-timeline' | 'timelinejs' | 'csv' | 'tsv';
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
  if (options.command === 'convert') return convert(options.files[0]!, options, io);
  const results: FileResult[] = [];
  for (const file of options.files) {
    try {
      results.push(await validateFile(file, options, io));
    } catch (error) {
      // A bug of ours, not the file's; still reported per file so the other files are checked.
      const message = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
      results.push(
        withIssues({file, events: 0, links: 0, errors: 0, warnings: 0, issues: []}, [{path: '(file)', severity: 'error', message}]),
      );
    }
  }

  if (options.json) {
    const total = (key: 'errors' | 'warnings') => results.reduce((sum, result) => sum + result[key], 0);
    // JSON escapes C0 controls itself; the others are escaped inside its strings the same way.
    io.stdout(`${printableJson(JSON.stringify({errors: total('errors'), warnings: total('warnings'), files: results}, null, 2))}\n`);
  } else {
    for (const result of results) io.stdout(report(result));
    if (results.length > 1) {
      const failed = results.filter((result) => result.errors > 0).length;
      io.stdout(`${count(results.length, 'file')} checked, ${failed} with errors\n`);
    }
  }
  return results.some((result) => result.errors > 0) ? 1 : 0;
}

/** `convert`: the file's story as event JSON on stdout, its problems on stderr. */
async function convert(file: string, options: {format: InputFormat; maxBytes: number}, io: CliIo): Promise<number> {
  let read: {result: FileResult; timeline?: Timeline};
  try {
    read = await readStory(file, options, io);
  } catch (error) {
    io.stderr(`${printable(file)}: error (file): could not be converted: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const {result, timeline} = read;
  if (result.issues.length) io.stderr(report(result));
  if (timeline) io.stdout(`${printableJson(JSON.stringify(toDocument(timeline), null, 2))}\n`);
  return result.errors > 0 || !timeline ? 1 : 0;
}

/** Reads, parses, converts (TimelineJS, spreadsheets) and validates one file. */
export async function validateFile(
  file: string,
  options: {format: InputFormat; maxBytes: number},
  io: Pick<CliIo, 'readFile'>,
): Promise<FileResult> {
  return (await readStory(file, options, io)).result;
}

async function readStory(
  file: string,
  {format, maxBytes}: {format: InputFormat; maxBytes: number},
  io: Pick<CliIo, 'readFile'>,
): Promise<{result: FileResult; timeline?: Timeline}> {
  const result: FileResult = {file, events: 0, links: 0, errors: 0, warnings: 0, issues: []};
  let text: string;
  try {
    text = await io.readFile(file, maxBytes);
  } catch (error) {
    return {result: withIssues(result, [{path: '(file)', severity: 'error', message: `cannot be read: ${readError(error)}`}])};
  }
  const sheet =
    format === 'csv' || format === 'tsv' ? format : format === 'auto' ? /\.([ct]sv)$/i.exec(file)?.[1]?.toLowerCase() : undefined;
  let read: {timeline?: Timeline; issues: TimelineIssue[]; format: FileResult['format']};
  if (sheet) {
    read = {...parseSpreadsheet(text, {delimiter: sheet === 'tsv' ? '\t' : undefined, limits: {maxBytes}}), format: sheet as 'csv' | 'tsv'};
  } else {
    const json = parseJsonText(text);
    if (!json.ok) return {result: withIssues(result, [{path: '(root)', severity: 'error', message: json.message}])};
    // The value, never read as JSON text again: a file holding a JSON string is a document encoded twice.
    read = parseValue(json.value, format, {limits: {maxBytes}});
  }
  const {timeline, issues} = read;
  result.format = read.format;
  result.events = timeline?.events.length ?? 0;
  result.links = timeline?.links.length ?? 0;
  return {result: withIssues(result, issues), timeline};
}

function withIssues(result: FileResult, issues: TimelineIssue[]): FileResult {
  result.issues = issues;
  result.errors = issues.filter((issue) => issue.severity === 'error').length;
  result.warnings = issues.length - result.errors;
  return result;
}

/**
 * `story.json: error events[3].date: …` lines, then `story.json: 7 events, 7 links, 0 errors, 0 warnings`.
 * Names, paths and messages come from the data: one line each, whatever characters they hold.
 */
function report(result: FileResult): string {
  const file = printable(result.file);
  const lines = result.issues.map((issue) => `${file}: ${issue.severity} ${printable(issue.path)}: ${printable(issue.message)}\n`);
  const counts = [
    count(result.events, 'event'),
    count(result.links, 'link'),
    count(result.errors, 'error'),
    count(result.warnings, 'warning'),
  ];
  const as =
    result.format === 'timelinejs'
      ? ' (read as TimelineJS)'
      : result.format === 'csv' || result.format === 'tsv'
        ? ` (read as a ${result.format.toUpperCase()} sheet)`
        : '';
  return `${lines.join('')}${file}: ${counts.join(', ')}${as}\n`;
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
