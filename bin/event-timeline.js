#!/usr/bin/env node
// The `event-timeline` command (`npx event-timeline validate FILE…`): Node's files and streams
// handed to the CLI built from src/cli/validate.ts.
import {readFile} from 'node:fs/promises';

let cli;
try {
  cli = await import('../dist/esm/cli/validate.js');
} catch (error) {
  // Only in a source checkout that was never built: the published package ships dist/.
  process.stderr.write(`event-timeline: cannot load the CLI (${error.message}); run "npm run build" first.\n`);
  process.exit(2);
}

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
});
