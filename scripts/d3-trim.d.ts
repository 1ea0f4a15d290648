// Types of scripts/d3-trim.js, for the build config and the unit tests.
export declare const KEPT: Record<'d3-selection' | 'd3-transition', string[]>;
export declare function trimmedModule(path: string): 'd3-selection' | 'd3-transition' | undefined;
export declare function trimD3(code: string, module: string): string;
