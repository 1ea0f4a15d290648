// Text from a data file made safe to print: a title holding "\n::error file=…::" must not forge a
// CI annotation line, nor "\u001b[2J" clear a terminal, nor a bidi override reorder what follows.

// DEL, the C1 controls (U+009B is a terminal's CSI), the Unicode line and paragraph separators, and
// the bidi embeddings, overrides and isolates: what JSON.stringify leaves as it is.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// And the C0 controls, newlines and tabs included, which JSON.stringify escapes inside its strings.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` on one line, each unprintable character written as its JSON escape (`\u001b`). */
export const printable = (text: string) => text.replace(UNPRINTABLE, escape);

/** JSON text (from JSON.stringify) with the characters it leaves raw escaped too: the same value, safe to print. */
export const printableJson = (json: string) => json.replace(UNPRINTABLE_IN_JSON, escape);
