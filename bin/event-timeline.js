#!/usr/bin/env node
// The `event-timeline` command: `validate FILE…` (src/cli/validate.ts) and `render FILE -o OUT`
// (src/cli/render.ts), with Node's files and streams.
const [command, ...rest] = process.argv.slice(2);
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
let cli;
try {
  cli = command === 'render' ? await import('../dist/esm/cli/render.js') : await import('../dist/esm/cli/validate.js');
} catch (error) {
  // Only in a source checkout that was never built: the published package ships dist/.
  process.stderr.write(`event-timeline: cannot load the CLI (${error.message}); run "npm run build" first.\n`);
  process.exit(2);
}

if (command === 'render') {
  process.exitCode = await cli.renderMain(rest, io);
} else {
  const files = await import('../dist/esm/cli/read-file.js');
  process.exitCode = await cli.main(process.argv.slice(2), {
    ...io,
    // Regular files only, up to --max-bytes: a FIFO or /dev/zero would never end.
    readFile: files.readRegularFile,
  });
}
