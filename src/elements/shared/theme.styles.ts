// The `theme` attribute both elements share. Every colour comes as a light-dark() pair and
// color-scheme picks one: the reader's preference by default, or `theme` where a page has a
// light/dark switch of its own.
import {css} from 'lit';

export const themeStyles = css`
  :host {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
