// What to say of a reference (a link's end, the anchor) that names no event.

/**
 * Why `id` names no event: none has it, or (from `dropped`, id → the dropping problem) the event that
 * has it was left out for a problem of its own, which is the one to fix.
 */
export function notAnId(id: string, dropped: ReadonlyMap<string, string>): string {
  const cause = dropped.get(id);
  const shownId = JSON.stringify(id.slice(0, 70));
  return cause ? `${shownId} is the id of an event left out for its own problem (${cause}); fix that one and this is read` : `${shownId} is not the id of any event`;
}
