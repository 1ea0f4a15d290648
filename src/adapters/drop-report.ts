// Counts what a conversion leaves out, by kind, and reports each kind once (at its first place,
// with how many more there were), so a large import gives a short, readable list of warnings.
import type {IssueLog} from '../model/issue-log.js';

export class DropReport<Kind extends string> {
  private readonly seen = new Map<Kind, {path: string; count: number}>();

  constructor(private readonly messages: Readonly<Record<Kind, string>>) {}

  add(kind: Kind, path: string): void {
    const entry = this.seen.get(kind);
    if (entry) entry.count++;
    else this.seen.set(kind, {path, count: 1});
  }

  /** Logs one warning per kind, in the order the kinds were first met. */
  flush(log: IssueLog): void {
    for (const [kind, {path, count}] of this.seen) {
      const more = count > 1 ? ` (also ${count - 1} more time${count > 2 ? 's' : ''})` : '';
      log.warn(path, `${this.messages[kind]}${more}`);
    }
    this.seen.clear();
  }
}
