#!/usr/bin/env node
// The `event-timeline` command (`npx event-timeline validate FILE…`): Node's files and streams
// handed to the CLI built from src/cli/validate.ts.
let cli;
let files;
try {
  cli = await import('../dist/esm/cli/validate.js');
  files = await import('../dist/esm/cli/read-file.js');
} catch (error) {
  // Only in a source checkout that was never built: the published package ships dist/.
  process.stderr.write(`event-timeline: cannot load the CLI (${error.message}); run "npm run build" first.\n`);
  process.exit(2);
}

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Regular files only, up to --max-bytes: a FIFO or /dev/zero would never end.
  readFile: files.readRegularFile,
});
