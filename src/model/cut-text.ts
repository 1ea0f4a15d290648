// Cutting text to a length limit, the one way every text of the library is cut.

/** Text cut to `max` characters, the last an ellipsis; never keeps half of a character written with two UTF-16 units (most emoji). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut) + '…';
}
