// Registers <quote-card>, once: loading the library twice must not throw.
import {QuoteCard} from './quote-card.js';

if (!customElements.get('quote-card')) customElements.define('quote-card', QuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}

export {QuoteCard};
