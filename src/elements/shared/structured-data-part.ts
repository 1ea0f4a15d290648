// The elements' side of `structured-data`: the JSON-LD part is loaded only when there is something
// to write, or a script written before to remove. What is written is worked out once the part is
// there, from the element's state then, so a change made while it loaded is not lost.
import {lazyPart} from './lazy-part.js';
import type {PartLoads} from './part-loads.js';

export const structuredDataPart = lazyPart('structured data', () => import('./structured-data.js'));

type StructuredData = typeof import('./structured-data.js');

/** Marks the one JSON-LD script an element writes into its own light DOM. */
export const JSON_LD_MARK = 'data-event-timeline-ld';

/** Writes the JSON-LD `make` gives (or, when it gives undefined, removes the element's script). */
export function syncJsonLd(host: HTMLElement, wanted: boolean, make: (part: StructuredData) => object | undefined, parts: PartLoads): void {
  if (!wanted && !host.querySelector(`:scope > script[${JSON_LD_MARK}]`)) return;
  const write = (part: StructuredData) => part.writeJsonLd(host, make(part));
  if (structuredDataPart.value) write(structuredDataPart.value);
  else void parts.track(parts.load(structuredDataPart).then((part) => part && write(part)));
}
