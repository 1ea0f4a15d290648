// The link arcs' part (link-arcs.ts): their layout and styles, loaded for a story with links.
// Once loaded, the layout places arcs (arcs-hook.ts).
import {registerArcPaths} from '../../layout/arcs-hook.js';
import {lazyPart} from '../shared/lazy-part.js';

export const linksPart = lazyPart('links', () => import('./link-arcs.js').then((module) => (registerArcPaths(module.arcPaths), module)));
