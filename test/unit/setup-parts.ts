// What the element's parts register when they load (the browser loads them with the stories that
// need them), registered at once for the unit tests, as the CLI and the server renderer do: the
// link arcs' layout (arcs-hook.ts).
import {registerArcPaths} from '../../src/layout/arcs-hook.js';
import {arcPaths} from '../../src/layout/link-paths.js';

registerArcPaths(arcPaths);
