// `npm test`: everything, in the order a failure is cheapest to find. Type checks, lint, unit
// tests in Node, the library build, the browser tests in headless Chromium (elements and the
// built bundle), the package checks, and last the size budgets (last, so that a budget broken
// never hides another failure). Stops at the first failing step.
import {spawnSync} from 'node:child_process';
import {findChrome} from './find-chrome.js';

const steps = [
  ['type check (library)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type check (tests)', 'npx', ['tsc', '-p', 'tsconfig.test.json']],
  ['lint (ESLint: typescript-eslint, lit, lit-a11y)', 'npx', ['eslint', '.']],
  ['format (Prettier: the tree as `npm run format` writes it)', 'npx', ['prettier', '--check', '.']],
  ['unit tests (Node)', 'npx', ['vitest', 'run']],
  ['manifest and docs/api.md tables are current', 'node', ['scripts/check-api-docs.js']],
  ['build', 'node', ['scripts/build.js', '--lib-only']],
  ['build the React test app from the package', 'npx', ['vite', 'build', '--config', 'test/react-app/vite.config.ts']],
  ['browser tests (headless Chromium)', 'node', ['scripts/wtr.js']],
  ['the validator command, as built', 'node', ['scripts/cli-smoke.js']],
  ['package: publint', 'npx', ['publint', '--strict']],
  ['package: types resolve for every entry (arethetypeswrong)', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']],
  ['size budgets (a table of every file of the drop-in build)', 'node', ['scripts/size.js']],
];

// Find (or install) the browser first, so a missing one fails fast with its own message.
try {
  console.log(`Browser: ${findChrome()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const stepStart = Date.now();
  const result = spawnSync(command, args, {stdio: 'inherit', env: {...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1'}});
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
