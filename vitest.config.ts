// Unit tests for the pure modules (model, layout, i18n, adapters that need no DOM), run in Node.
// The time zone is pinned to one far from UTC so that any accidental use of local time shows.
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    env: {TZ: 'Pacific/Chatham'},
    // A hang guard, not a speed test: property tests run hundreds of cases, and a shared CI machine
    // may be several times slower than a quiet one (the default 5 s failed under load).
    testTimeout: 60_000,
  },
});
