// How issue messages name a value: its type, or the value itself, quoted and cut. No imports:
// the readers of other formats, loaded apart from the first frame, use it too.

/** Describes a JSON value's type for messages: `a number`, `null`, `an array`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * A value as messages show it: a string quoted (cut to `max` characters), a number, boolean or null
 * as written, anything else by its type. Never throws, whatever a script passed in (BigInt, a cycle,
 * an object without a prototype).
 */
export function shown(value: unknown, max = 40): string {
  if (typeof value === 'string') return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}
