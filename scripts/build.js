// `npm run build`: the drop-in bundle (dist/event-timeline.js and the parts it loads from
// dist/chunks/), the single-file builds for self-hosting (dist/event-timeline.standalone.js) and for
// pages made by the server renderer (dist/event-timeline.hydrate.js),
// typed ES modules for npm (dist/esm/), the custom-elements manifest and the API tables of docs/api.md
// made from it, and the demo site (demo-dist/). `--lib-only` skips the demo.
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const libOnly = process.argv.includes('--lib-only');
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}});
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync('dist', {recursive: true, force: true});
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['custom-elements-manifest', 'analyze', '--quiet']);
run('node', ['scripts/api-docs.js']);
run('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn'], {BUILD: 'chunked'});
run('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn'], {BUILD: 'standalone'});
run('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn'], {BUILD: 'hydrate'});
for (const locale of ['ru', 'zh', 'ar', 'he']) {
  run('npx', ['vite', 'build', '--config', 'vite.locales.config.ts', '--logLevel', 'warn'], {LOCALE: locale});
}
if (!libOnly) run('npx', ['vite', 'build', '--logLevel', 'warn']);
