// Types of what the tests take from the benchmark's generator (plain JavaScript, no build step).
/** mulberry32: a small, fast, well-spread 32-bit PRNG returning floats in [0, 1). */
export function rng(seed: number): () => number;

/** A seeded story of `n` events in our event JSON (`doc`), the benchmark's synthetic stories. */
export function generateStory(n: number, seed?: number): {doc: Record<string, unknown>; anchorId: string; from: number; to: number};
