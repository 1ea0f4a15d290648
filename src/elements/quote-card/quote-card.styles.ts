// Styles of <quote-card>, adopted with its view (quote-card-view.ts): public `--quote-card-*`
// tokens over private `--_*` properties. The host's box is in quote-card-host.styles.ts.
import {css} from 'lit';

export const styles = css`
  :host {
    --_accent: var(--quote-card-accent, light-dark(#b03a2e, #f28b82));
    --_bg: var(--quote-card-background, transparent);
    --_fg: var(--quote-card-color, inherit);
    --_muted: var(--quote-card-muted-color, light-dark(#55565e, #b4b5bf));
    --_font: var(--quote-card-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_quote-font: var(--quote-card-quote-font, Georgia, 'Times New Roman', serif);
  }
  .base {
    margin: 0;
    /* A word longer than the card (a URL, a 300-letter string) breaks rather than widens the page. */
    overflow-wrap: anywhere;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_bg);
    color: var(--_fg);
    border-radius: 2px;
    transition: background-color 150ms;
  }
  :host([active]) .base {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  blockquote {
    margin: 0;
    font-family: var(--_quote-font);
    font-size: 1.15em;
    line-height: 1.45;
    quotes: '“' '”' '‘' '’';
  }
  blockquote::before {
    content: open-quote;
  }
  blockquote::after {
    content: close-quote;
  }
  blockquote:lang(ru)::before {
    content: '«';
  }
  blockquote:lang(ru)::after {
    content: '»';
  }
  figcaption {
    margin-top: 0.5em;
    font-family: var(--_font);
    font-size: 0.9em;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.6em;
  }
  .speaker {
    color: var(--_fg);
    font-weight: 650;
  }
  .speaker::before {
    content: '— ';
  }
  a {
    color: inherit;
  }
  .portrait {
    float: inline-end;
    width: 64px;
    height: 64px;
    object-fit: cover;
    border-radius: 50%;
    margin-inline-start: 0.75em;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button {
    font: 0.85em var(--_font);
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid currentColor;
    border-radius: 14px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  button:hover {
    color: var(--_fg);
  }
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .base {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
    :host([active]) .base {
      outline: 2px solid Highlight;
    }
  }
`;
