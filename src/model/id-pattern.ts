// What an event id may be: 1–64 characters of A–Z a–z 0–9 _ -. A module of its own (no imports),
// so that the readers of other formats, loaded apart from the first frame, can use it.
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
