// Where the link arcs' layout plugs in (link-paths.ts). Only stories with links need it, so the
// drop-in build loads it as a part of its own (link-arcs.ts), registered here when it comes; the
// element waits for it before drawing such a story. Until it has come, viewLayout draws no arcs.
// Code that lays out in one go (the CLI, the server renderer, tests) registers it first.
import type {ArcInput, ArcLayout, ArcOptions} from './link-paths.js';

export type ArcPaths = (inputs: readonly ArcInput[], options: ArcOptions) => ArcLayout;

export let arcPaths: ArcPaths | undefined;

export function registerArcPaths(layout: ArcPaths): void {
  arcPaths = layout;
}
