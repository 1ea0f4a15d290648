// Event ids for converted documents: other formats' ids made to fit ours (1–64 characters of
// A–Z a–z 0–9 _ -), ids made from titles, and the bookkeeping that keeps them unique.

const MAX_ID = 64;

/**
 * `Whitney Houston's début!` → `whitney-houston-s-debut`. Accents are folded to ASCII; a title
 * with no Latin letters or digits (Cyrillic, Chinese…) gives the empty string, so callers fall back.
 */
export function slugify(text: string, max = MAX_ID): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return cut(ascii.replace(/[^a-z0-9]+/g, '-'), max);
}

/** An id made to fit the pattern with as little change as possible: case, `_` and `-` are kept. */
export function sanitizeId(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return cut(ascii.replace(/[^A-Za-z0-9_-]+/g, '-'), MAX_ID);
}

/** Cut to `max` characters, without a dash at either end. */
function cut(text: string, max: number): string {
  return trimDashes(trimDashes(text).slice(0, max));
}

function trimDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}

/** Hands out ids that are unique within one document. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Takes `wanted` if it is free, else the first free `wanted-2`, `wanted-3`… (cut to fit). */
  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${trimDashes(wanted.slice(0, MAX_ID - suffix.length))}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }
}
