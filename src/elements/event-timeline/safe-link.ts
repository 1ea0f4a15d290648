// A link from data, as the detail card and the list view (the reading part) write it: only
// through safeUrl, its text as text.
import {html, nothing, type TemplateResult} from 'lit';
import {safeUrl} from '../../model/safe-url.js';

/**
 * A link to a URL from data, or plain text when the URL is not an allowed one. `tabbable: false`
 * for links no one can see (the list kept for screen readers): they stay in reading order but
 * out of the Tab order, so that focus never lands on something invisible.
 */
export function safeLink(url: string | undefined, text: string, tabbable = true): TemplateResult {
  const href = safeUrl(url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" tabindex=${tabbable ? nothing : -1}>${text}</a>`
    : html`${text}`;
}
