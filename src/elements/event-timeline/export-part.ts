// The export part (export-svg.ts), loaded the first time `toSVG()` or the download menu asks for it.
import {lazyPart} from '../shared/lazy-part.js';

export const exportPart = lazyPart('export', () => import('./export-svg.js'));
