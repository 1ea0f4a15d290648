// Reads a spreadsheet saved as CSV or TSV (d3-dsv) into event JSON, in either of two templates
// found by their header row (any column order, any case):
//   - TimelineJS3's Google Sheets template: Year, Month, Day, Time, End Year, End Month, End Day,
//     End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
//     Alt Text, Type (title, era), Group, Background. Each row becomes a TimelineJS3 slide, and the
//     TimelineJS3 reader converts them (so a sheet and its published JSON read the same);
//   - our plain template (docs/spreadsheets.md): id, date (EDTF), title, summary, category,
//     status, place, source, source URL, media, media alt, media caption, media credit, media
//     thumbnail, links, quote, speaker, role, and type (event, era, title).
// Every problem names the row and column a journalist sees in the sheet: `row 7, column "End Day"`.
// Rows after the first blank row are not read, and said so. Pure: no DOM, runs in Node.
import {dsvFormat} from 'd3-dsv';
import type {EraDocument, EventDocument, LinkDocument, QuoteDocument, TimelineDocument} from '../model/document.js';
import {IssueLog} from '../model/issue-log.js';
import {DEFAULT_LIMITS, type TimelineLimits} from '../model/limits.js';
import {nearest} from '../model/nearest.js';
import {parseTimeline} from '../model/parse-timeline.js';
// (From the advice's wording for other formats, which holds it: one file for both in the drop-in build.)
import {guessDate, teach} from './teach-formats.js';
import type {ParseResult} from '../model/types.js';
import {assignIds, compact, fitId, type Item} from './ids.js';
import {oneLine} from './plain-text.js';
import {fromTimelineJs} from './timelinejs.js';

export type Delimiter = ',' | '\t' | ';';
export type Template = 'timelinejs' | 'event-timeline';

export interface SpreadsheetResult extends ParseResult {
  /** The document the sheet was read into (before parseTimeline checked it). */
  document: TimelineDocument;
  template?: Template;
}

const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
];
const PLAIN_COLUMNS = [
  'id',
  'date',
  'title',
  'summary',
  'category',
  'status',
  'place',
  'source',
  'source URL',
  'media',
  'media alt',
  'media caption',
  'media credit',
  'media thumbnail',
  'links',
  'quote',
  'speaker',
  'role',
  'type',
];
/** Where a field of the converted document was written in each template (its header, as the template spells it). */
const PLAIN_FIELDS: Record<string, string> = {
  'source.name': 'source',
  'source.url': 'source URL',
  media: 'media',
  'media.url': 'media',
  'media.alt': 'media alt',
  'media.caption': 'media caption',
  'media.credit': 'media credit',
  'media.thumbnail': 'media thumbnail',
  'quotes[0].text': 'quote',
  'quotes[0].speaker': 'speaker',
  'quotes[0].role': 'role',
};
const TIMELINEJS_FIELDS: Record<string, string> = {
  date: 'Year',
  title: 'Headline',
  summary: 'Text',
  category: 'Group',
  source: 'Media',
  'source.url': 'Media',
  'source.name': 'Media Credit',
  media: 'Media',
  'media.url': 'Media',
  'media.alt': 'Alt Text',
  'media.caption': 'Media Caption',
  'media.credit': 'Media Credit',
  'media.thumbnail': 'Media Thumbnail',
  'media.alt_text': 'Alt Text',
  start_date: 'Year',
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  end_date: 'End Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  'text.headline': 'Headline',
  'text.text': 'Text',
  'media.title': 'Alt Text',
  group: 'Group',
  unique_id: 'Headline',
};

const normal = (header: string) =>
  oneLine(header)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The delimiter of a sheet's header line: tab, semicolon (Excel in much of Europe) or comma, whichever it has most of. */
export function guessDelimiter(text: string): Delimiter {
  const line = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const count = (c: string) => line.split(c).length - 1;
  const [tabs, semicolons, commas] = [count('\t'), count(';'), count(',')];
  if (tabs > 0 && tabs >= commas && tabs >= semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** A sheet's rows; `row` numbers them as the spreadsheet does (the header is row 1). */
interface Row {
  row: number;
  cell: (column: string) => string;
}

/**
 * Reads CSV or TSV text (`delimiter`, else guessed from the header line) into event JSON, then
 * checks it with parseTimeline; every issue names its row and column.
 */
export function parseSpreadsheet(text: string, options: {delimiter?: Delimiter; limits?: Partial<TimelineLimits>} = {}): SpreadsheetResult {
  const limits = {...DEFAULT_LIMITS, ...options.limits};
  const log = new IssueLog();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty: TimelineDocument = {version: 1, events: []};
  if (body.length > limits.maxBytes) {
    log.add('(file)', `is ${body.length} characters long; the limit is ${limits.maxBytes}`);
    return {document: empty, issues: log.finish()};
  }
  const cells = dsvFormat(options.delimiter ?? guessDelimiter(body)).parseRows(body);
  const [header = [], ...rest] = cells;
  const headers = header.map((name) => oneLine(name));
  const columns = new Map<string, number>();
  headers.forEach((name, index) => {
    if (name && !columns.has(normal(name))) columns.set(normal(name), index);
  });
  const has = (name: string) => columns.has(normal(name));
  const template: Template | undefined =
    has('year') && (has('headline') || has('text')) ? 'timelinejs' : has('date') && has('title') ? 'event-timeline' : undefined;
  if (!template) {
    const found =
      headers
        .filter(Boolean)
        .map((name) => JSON.stringify(name))
        .join(', ') || 'nothing';
    log.add(
      'row 1',
      `must be a header row naming the columns: "Year" and "Headline" (TimelineJS3's template), or "date" and "title" (the plain template, docs/spreadsheets.md); it holds ${found}`,
    );
    return {document: empty, issues: log.finish()};
  }
  const known = template === 'timelinejs' ? TIMELINEJS_COLUMNS : PLAIN_COLUMNS;
  // The header as the sheet spells it, for messages.
  const spelled = (column: string) => headers[columns.get(normal(column)) ?? -1] || column;
  headers.forEach((name, index) => {
    if (!name || columns.get(normal(name)) !== index) return;
    if (known.some((column) => normal(column) === normal(name))) return;
    const near = nearest(name, known);
    log.warn(
      `row 1, column ${JSON.stringify(name)}`,
      `is not a column of the ${template === 'timelinejs' ? 'TimelineJS3' : 'plain'} template; it is ignored${near ? ` (did you mean "${near}"?)` : ''}`,
    );
  });

  // Rows up to the first blank one; those after it are reported, not read.
  const rows: Row[] = [];
  for (let index = 0; index < rest.length; index++) {
    const values = rest[index]!;
    const number = index + 2;
    if (values.every((value) => !value.trim())) {
      const after = rest.slice(index + 1).findIndex((later) => later.some((value) => value.trim()));
      if (after >= 0) {
        const filled = rest.slice(index + 1).filter((later) => later.some((value) => value.trim())).length;
        log.add(
          `row ${number}`,
          `is blank, so the ${filled} filled ${filled === 1 ? 'row' : 'rows'} below it (from row ${number + 1 + after}) ${filled === 1 ? 'is' : 'are'} not read: delete the blank row to include them`,
        );
      }
      break;
    }
    if (rows.length >= limits.maxEvents) {
      log.add(`row ${number}`, `and the rows after it are not read: a sheet may hold ${limits.maxEvents} rows`);
      break;
    }
    rows.push({row: number, cell: (column) => oneLine(values[columns.get(normal(column)) ?? -1] ?? '')});
  }
  if (rows.length === 0) log.add('row 2', 'is where the first event goes: the sheet has a header row and nothing under it');

  const read = template === 'timelinejs' ? readTimelineJsRows(rows, log, limits.maxTextLength) : readPlainRows(rows, log);
  const where = (fields: Record<string, string>) => (field: string) => {
    const column = fields[field] ?? fields[field.replace(/\[\d+\]/g, '[0]')] ?? field.split('.')[0]!;
    return `, column ${JSON.stringify(spelled(column))}`;
  };
  const issues = [...log.finish()];
  const parsed = parseTimeline(read.document, {limits});
  issues.push(
    ...teach(parsed.issues, read.document).map((issue) => ({
      ...issue,
      path: rowPath(
        issue.path,
        read.eventRows,
        read.linkRows,
        read.eraRows,
        where(template === 'timelinejs' ? TIMELINEJS_FIELDS : PLAIN_FIELDS),
        spelled,
      ),
    })),
  );
  return {...parsed, issues, document: read.document, template};
}

/** `events[3].date` → `row 9, column "date"`; paths outside events, links and eras are kept. */
function rowPath(
  path: string,
  eventRows: number[],
  linkRows: number[],
  eraRows: number[],
  column: (field: string) => string,
  spelled: (column: string) => string,
): string {
  const match = /^(events|links|eras)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!match) return path;
  const [, list, index, field] = match;
  const row = (list === 'events' ? eventRows : list === 'links' ? linkRows : eraRows)[Number(index)];
  if (row === undefined) return path;
  if (list === 'links') return `row ${row}, column ${JSON.stringify(spelled('links'))}`;
  if (list === 'eras') return `row ${row}${field ? column(field === 'title' ? 'text.headline' : 'start_date') : ''}`;
  return `row ${row}${field ? column(field) : ''}`;
}

interface Read {
  document: TimelineDocument;
  /** The sheet row of each event, each link and each era of `document`, in order. */
  eventRows: number[];
  linkRows: number[];
  eraRows: number[];
}

/** TimelineJS3's template: the rows become slides, converted by the TimelineJS3 reader; its issues name rows and columns. */
function readTimelineJsRows(rows: Row[], log: IssueLog, maxTextLength: number): Read {
  const slides: unknown[] = [];
  const eras: unknown[] = [];
  const slideRows: number[] = [];
  const eraRows: number[] = [];
  let title: unknown;
  let titleRow = 0;
  for (const row of rows) {
    const date = (prefix: '' | 'End ') => {
      const time = readTime(log, row, `${prefix}Time`);
      const year = row.cell(`${prefix}Year`);
      // A month written as a name ("February", "Feb") is read as its number.
      const written = row.cell(`${prefix}Month`);
      const named = written && !/^\d+$/.test(written) ? guessDate(`${written} 2026`)?.fix : undefined;
      const month = named && /^2026-\d\d$/.test(named) ? String(Number(named.slice(5))) : written;
      return year || month || row.cell(`${prefix}Day`) ? compact({year, month, day: row.cell(`${prefix}Day`), ...time}) : undefined;
    };
    const type = row.cell('Type').toLowerCase();
    const slide = compact({
      start_date: date(''),
      end_date: date('End '),
      text: compact({headline: row.cell('Headline'), text: row.cell('Text')}),
      media: compact({
        url: row.cell('Media'),
        credit: row.cell('Media Credit'),
        caption: row.cell('Media Caption'),
        thumbnail: row.cell('Media Thumbnail'),
        alt: row.cell('Alt Text'),
      }),
      group: row.cell('Group'),
    });
    if (type === 'title') {
      [title, titleRow] = [slide, row.row];
    } else if (type === 'era') {
      eras.push(slide);
      eraRows.push(row.row);
    } else {
      if (type && type !== 'event')
        log.warn(
          `row ${row.row}, column "Type"`,
          `"${row.cell('Type')}" is not a type of TimelineJS3's template (title, era, or empty for an event); read as an event`,
        );
      slides.push(slide);
      slideRows.push(row.row);
    }
  }
  const converted = fromTimelineJs({title, events: slides, eras}, maxTextLength);
  const slideColumn = (field: string, message: string) => {
    if (!field) return '';
    let column = TIMELINEJS_FIELDS[field] ?? TIMELINEJS_FIELDS[field.split('.')[0]!] ?? 'Year';
    // A whole date's problem is in the cell it names: "has day 31, but February…" is the Day's.
    const part = /_date$/.test(field) ? /has (day|month|hour|minute|second)/.exec(message)?.[1] : undefined;
    if (part) column = column.replace('Year', part === 'day' ? 'Day' : part === 'month' ? 'Month' : 'Time');
    return `, column ${JSON.stringify(column)}`;
  };
  // A slide with an error is dropped from the converted document; the others keep their order.
  const dropped = new Set<number>();
  for (const issue of converted.issues) {
    const match = /^(events|eras)\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const title = /^title\./.exec(issue.path);
    if (match) {
      const index = Number(match[2]);
      if (match[1] === 'events' && issue.severity === 'error') dropped.add(index);
      const row = (match[1] === 'events' ? slideRows : eraRows)[index];
      log.add(
        `row ${row}${slideColumn(match[3]!, issue.message)}`,
        inSheetTerms(
          match[3]!,
          issue.message,
          rows.find((r) => r.row === row),
        ),
        issue.severity,
      );
    } else {
      log.add(title ? `row ${titleRow}, column "Headline"` : issue.path, issue.message, issue.severity);
    }
  }
  const eventRows = slideRows.filter((_, index) => !dropped.has(index));
  // An era is dropped without a headline (a warning at the era) or a readable start.
  const keptEras = eraRows.filter(
    (_, index) => !converted.issues.some((issue) => issue.path === `eras[${index}]` || issue.path.startsWith(`eras[${index}].start_date`)),
  );
  return {
    document: converted.document,
    eventRows: eventRows.length === converted.document.events.length ? eventRows : [],
    linkRows: [],
    eraRows: keptEras,
  };
}

/** A TimelineJS3 reader's message said as a sheet's author needs it, with how to fix it. */
function inSheetTerms(field: string, message: string, row: Row | undefined): string {
  const end = field.startsWith('end_date');
  if (message === 'is required' && /(start|end)_date\.year$/.test(field)) {
    return end
      ? 'is empty, but End Month or End Day is given: write the End Year too (or empty them)'
      : 'is empty: every event row needs a Year (like 2026); a title row has "title" in Type';
  }
  if (message.startsWith('is required (or text.text)')) return 'is empty: write what happened, or a Text; the row is left out';
  const month = /^(.+) is not a month \(1-12\)$/.exec(message);
  if (month) {
    const named = guessDate(`${month[1]} 2026`, undefined)?.fix ?? guessDate(`${month[1]} 2026`, 'ru')?.fix;
    return `${message}: write the month as a number${named ? ` (${month[1]} is ${Number(named.slice(5))})` : ', 1 to 12'}`;
  }
  if (/^read as ".*", which has day \d+, but/.test(message) && row) return `${message}: write a day that month has`;
  return message;
}

/** A TimelineJS3 time cell: "14:30", "14:30:05", "2:30 PM"; "" for none. */
function readTime(log: IssueLog, row: Row, column: string): {hour?: string; minute?: string; second?: string} {
  const text = row.cell(column);
  if (!text) return {};
  const match = /^(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*([ap])?\.?\s*m?\.?$/i.exec(text);
  if (!match) {
    log.warn(
      `row ${row.row}, column ${JSON.stringify(column)}`,
      `"${text}" is not a time; write it as 14:30, 14:30:05 or 2:30 PM (the time is left out)`,
    );
    return {};
  }
  let hour = Number(match[1]);
  const half = match[4]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) {
    log.warn(
      `row ${row.row}, column ${JSON.stringify(column)}`,
      `"${text}" has hour ${hour}, which is not a 12-hour clock's (1–12); write 14:30 or 2:30 PM (the time is left out)`,
    );
    return {};
  }
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return {hour: String(hour), minute: match[2] ?? '0', second: match[3]};
}

/** The plain template: one event (or era, or the title) per row, the cells as the format's fields. */
function readPlainRows(rows: Row[], log: IssueLog): Read {
  const items: Item<Omit<EventDocument, 'id'>>[] = [];
  const itemRows: number[] = [];
  const eras: EraDocument[] = [];
  const eraRows: number[] = [];
  const wanted: {row: number; kinds: [string, string][]}[] = [];
  let title = '';
  for (const row of rows) {
    const type = row.cell('type').toLowerCase();
    if (type === 'title') {
      title = row.cell('title');
      continue;
    }
    if (type === 'era') {
      eras.push({title: row.cell('title'), date: row.cell('date')});
      eraRows.push(row.row);
      continue;
    }
    if (type && type !== 'event')
      log.warn(
        `row ${row.row}, column "type"`,
        `"${row.cell('type')}" is not a row type (event, era or title; empty is an event); read as an event`,
      );
    const quote: QuoteDocument | undefined = row.cell('quote')
      ? compact({text: row.cell('quote'), speaker: row.cell('speaker'), role: row.cell('role')})
      : undefined;
    if (!quote && (row.cell('speaker') || row.cell('role')))
      log.warn(
        `row ${row.row}, column "speaker"`,
        'names who spoke, but the "quote" column of this row is empty: write the words said there',
      );
    items.push({
      event: compact({
        date: row.cell('date'),
        title: row.cell('title'),
        summary: row.cell('summary'),
        category: row.cell('category'),
        status: row.cell('status').toLowerCase() as EventDocument['status'],
        place: row.cell('place'),
        source: row.cell('source') || row.cell('source URL') ? compact({name: row.cell('source'), url: row.cell('source URL')}) : undefined,
        // An empty alt stays empty (decoration) only when there is a picture at all; without one the parser says alt is required.
        media: row.cell('media')
          ? {
              ...compact({
                url: row.cell('media'),
                caption: row.cell('media caption'),
                credit: row.cell('media credit'),
                thumbnail: row.cell('media thumbnail'),
              }),
              ...(row.cell('media alt') ? {alt: row.cell('media alt')} : {}),
            }
          : undefined,
        quotes: quote ? [quote] : undefined,
      }),
      id: row.cell('id') || undefined,
      path: `row ${row.row}, column "id"`,
      fallback: fitId(row.cell('title').toLowerCase()) || `row-${row.row}`,
    });
    itemRows.push(row.row);
    const links = row.cell('links');
    if (links) wanted.push({row: row.row, kinds: readLinkCell(log, row.row, links)});
  }
  const events = assignIds(log, items);
  const idOfRow = new Map(itemRows.map((row, index) => [row, events[index]!.id]));
  const links: LinkDocument[] = [];
  const linkRows: number[] = [];
  for (const {row, kinds} of wanted) {
    for (const [kind, to] of kinds) {
      links.push(compact({from: idOfRow.get(row)!, to, kind}));
      linkRows.push(row);
    }
  }
  const document = compact({
    version: 1 as const,
    title,
    events,
    links: links.length ? links : undefined,
    eras: eras.length ? eras : undefined,
  });
  return {document, eventRows: itemRows, linkRows, eraRows};
}

/** "precedes: summit; invitation: visit; treaty" → [kind, id] pairs; a bare id is a context link. */
function readLinkCell(log: IssueLog, row: number, text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split(/[;\n]/)) {
    const piece = part.trim();
    if (!piece) continue;
    const match = /^(?:([\p{L}\p{N} _-]+?)\s*:\s*)?([A-Za-z0-9_-]{1,64})$/u.exec(piece);
    if (!match) {
      log.warn(`row ${row}, column "links"`, `"${piece}" is not a link: write "kind: id" (like "precedes: summit"), links apart with ";"`);
      continue;
    }
    pairs.push([match[1]?.trim() ?? '', match[2]!]);
  }
  return pairs;
}
