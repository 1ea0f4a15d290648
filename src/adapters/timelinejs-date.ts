// Turns a TimelineJS3 date object ({year, month, day, hour, minute, second}) into EDTF text at
// the precision it was written with; our EDTF parser then checks it, and says what is wrong.
import {parseEdtf} from '../model/edtf.js';
import {typeName, type IssueLog} from '../model/issue-log.js';
import type {EdtfDate, IssueSeverity} from '../model/types.js';

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'];
const pad = (value: string | number = 0, width = 2) => String(value).padStart(width, '0');

/**
 * The EDTF date (parsed) for the TimelineJS date at `path` (`events[2].start_date`), or undefined
 * with the reason logged at `severity`. Fields may be numbers or strings ("06"); "" and null mean not given (as does
 * every field of a `value` that is no object, which leaves a date with no year).
 * TimelineJS counts years as people do (-44 is 44 BCE, no year 0) while EDTF counts astronomically
 * (0000 is 1 BCE), so negative years move up by one.
 */
export function edtfFromTimelineJs(log: IssueLog, value: unknown, path: string, severity: IssueSeverity): EdtfDate | undefined {
  const fail = (message: string, field = '') => void log.add(path + field, message, severity);
  const fields: (string | undefined)[] = [];
  for (const name of FIELDS) {
    const field = (value as Record<string, unknown> | undefined)?.[name];
    // Only numbers and text are read: String() of an array nested thousands deep overflows the stack.
    if (field != null && typeof field !== 'number' && typeof field !== 'string')
      return fail(`must be a number or a string, not ${typeName(field)}`, `.${name}`);
    fields.push(field == null ? undefined : String(field).trim() || undefined);
  }
  const [year, month, day, hour, minute, second] = fields;
  if (!year) return fail('is required', '.year');
  // Checked here, as EDTF reads months 21–41 as seasons and quarters, which TimelineJS has not.
  if (Number(month) > 12) return fail(`${month} is not a month (1-12)`, '.month');
  // BCE years move up by one. A year that is no number is written as given, for the parser to reject.
  const astronomical = Number(year) < 0 ? Number(year) + 1 : year;
  // EDTF writes years past four digits only on their own, as "Y12000".
  const long = Math.abs(Number(astronomical)) > 9999;
  let text = long ? `Y${astronomical}` : Number(astronomical) < 0 ? `-${pad(-astronomical, 4)}` : pad(astronomical, 4);
  // A day without a month is a day of January, and a minute without an hour is in hour 0, as in TimelineJS.
  if (!long && (month ?? day)) {
    text += `-${pad(month ?? 1)}`;
    if (day) text += `-${pad(day)}`;
    if (day && (hour ?? minute ?? second)) text += `T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
  }
  const result = parseEdtf(text);
  return result.ok ? result.date : fail(`read as "${text}", which ${result.error}`);
}
