// The box of a <quote-card> from its first frame, before its view (and the rest of its styles)
// has arrived: the page's layout does not move when the card is drawn in full.
import {css} from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    margin: 1.5em 0;
  }
  :host([hidden]) {
    display: none;
  }
`;
