// Before the build rewrites them: the committed custom-elements.json and the API tables of
// docs/api.md must be what the current code's JSDoc gives. Makes a fresh manifest in a temporary
// folder and compares (scripts/api-docs.js --check). The analyzer takes its output folder
// relative to the working directory, hence the relative path.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  const run = (command, args, env = process.env) => spawnSync(command, args, {stdio: 'inherit', env}).status ?? 1;
  let status = run('npx', ['custom-elements-manifest', 'analyze', '--quiet'], {
    ...process.env,
    CEM_OUTDIR: relative(process.cwd(), folder),
  });
  if (status === 0) status = run('node', ['scripts/api-docs.js', '--check', '--manifest', join(folder, 'custom-elements.json')]);
  process.exitCode = status;
} finally {
  rmSync(folder, {recursive: true, force: true});
}
