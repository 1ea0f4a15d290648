// Types of what the tests take from the benchmark's generator (plain JavaScript, no build step).
/** mulberry32: a small, fast, well-spread 32-bit PRNG returning floats in [0, 1). */
export function rng(seed: number): () => number;
