// The size budget of the drop-in build, gzipped (level 9), with a table of every file:
//   - what a page with <event-timeline src=…> loads before its first frame (the entry,
//     dist/event-timeline.js, and any chunk it imports statically): at most 35 KB;
//   - each chunk loaded later, when a page first needs it (dist/chunks/): at most 12 KB;
//   - all of them together: at most 90 KB.
// The single-file build (dist/event-timeline.standalone.js) and the drop-in translation files
// (dist/locales/) are reported too. Exits with 1 when a budget is broken.
import {existsSync} from 'node:fs';
import {chunkSizes, ENTRY} from './chunk-sizes.js';

const FIRST_FRAME = 35 * 1024;
const LAZY_CHUNK = 12 * 1024;
const TOTAL = 90 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(`dist/${ENTRY}`)) {
  console.error(`dist/${ENTRY} is missing: run node scripts/build.js --lib-only`);
  process.exit(1);
}
const {files, others, firstFrameGzip, totalGzip} = chunkSizes();
const lazy = files.filter((row) => !row.firstFrame);
const table = [
  ['file (dist/)', 'minified', 'gzipped', ''],
  ...files.map((row) => [row.file, kb(row.minified), kb(row.gzip), row.firstFrame ? 'first frame' : row.loadedWith.length ? `lazy, loaded with ${row.loadedWith.join(', ')}` : 'lazy']),
  ...others.map((row) => [row.file, kb(row.minified), kb(row.gzip), row.note]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => (j === 1 || j === 2 ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
const largest = Math.max(0, ...lazy.map((row) => row.gzip));
console.log(`\nFirst frame (a page with <event-timeline src=…>): ${kb(firstFrameGzip)} gzipped (budget ${kb(FIRST_FRAME)})`);
console.log(`Largest lazy chunk: ${kb(largest)} gzipped (budget ${kb(LAZY_CHUNK)} each)`);
console.log(`All of the drop-in build: ${kb(totalGzip)} gzipped (budget ${kb(TOTAL)})`);
const problems = [
  ...lazy.filter((row) => row.gzip > LAZY_CHUNK).map((row) => `${row.file} is ${kb(row.gzip)} gzipped; a lazy chunk may be ${kb(LAZY_CHUNK)}.`),
  ...(firstFrameGzip > FIRST_FRAME ? [`The first frame loads ${kb(firstFrameGzip)} gzipped; the budget is ${kb(FIRST_FRAME)}.`] : []),
  ...(totalGzip > TOTAL ? [`The drop-in build is ${kb(totalGzip)} gzipped in all; the budget is ${kb(TOTAL)}.`] : []),
];
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
