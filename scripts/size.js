// The size budget of the drop-in build, gzipped (level 9), with a table of every file:
//   - what a page with <event-timeline src=…> loads before its first frame (the entry,
//     dist/event-timeline.js, and any chunk it imports statically): at most 35 KB;
//   - each chunk loaded later, when a page first needs it (dist/chunks/): at most 12 KB;
//   - all of them together: at most 90 KB.
// The single-file build (dist/event-timeline.standalone.js) and the drop-in translation files
// (dist/locales/) are reported too. Exits with 1 when a budget is broken.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {posix} from 'node:path';
import {gzipSync} from 'node:zlib';

const FIRST_FRAME = 35 * 1024;
const LAZY_CHUNK = 12 * 1024;
const TOTAL = 90 * 1024;
const ENTRY = 'event-timeline.js';

const read = (file) => readFileSync(`dist/${file}`);
const gzip = (file) => gzipSync(read(file), {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to dist/. */
function staticImports(file) {
  const code = read(file).toString();
  const here = posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(([, path]) => posix.normalize(posix.join(here, path)));
}

/** Files a chunk imports dynamically (`import("./x.js")`): the parts it loads when they are needed. */
function dynamicImports(file) {
  const code = read(file).toString();
  const here = posix.dirname(file);
  return [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map(([, path]) => posix.normalize(posix.join(here, path)));
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of staticImports(file)) closure(dependency, seen);
  return seen;
}

if (!existsSync(`dist/${ENTRY}`)) {
  console.error(`dist/${ENTRY} is missing: run node scripts/build.js --lib-only`);
  process.exit(1);
}

const firstFrame = closure(ENTRY);
const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`);
const lazy = chunks.filter((file) => !firstFrame.has(file));
// Which lazy chunks arrive together: a dynamic import loads its chunk and that chunk's own static imports at once.
const partOf = new Map();
for (const file of [ENTRY, ...chunks]) {
  for (const target of dynamicImports(file)) {
    for (const member of closure(target)) {
      if (firstFrame.has(member) || member === target) continue;
      if (!partOf.has(member)) partOf.set(member, new Set());
      partOf.get(member).add(posix.basename(target));
    }
  }
}

const rows = [];
const problems = [];
let firstFrameBytes = 0;
for (const file of firstFrame) {
  firstFrameBytes += gzip(file);
  rows.push([file, read(file).length, gzip(file), 'first frame']);
}
let total = firstFrameBytes;
for (const file of lazy) {
  const size = gzip(file);
  total += size;
  const with_ = partOf.get(file);
  rows.push([file, read(file).length, size, with_ ? `lazy, loaded with ${[...with_].join(', ')}` : 'lazy']);
  if (size > LAZY_CHUNK) problems.push(`${file} is ${kb(size)} gzipped; a lazy chunk may be ${kb(LAZY_CHUNK)}.`);
}
if (firstFrameBytes > FIRST_FRAME) problems.push(`The first frame loads ${kb(firstFrameBytes)} gzipped; the budget is ${kb(FIRST_FRAME)}.`);
if (total > TOTAL) problems.push(`The drop-in build is ${kb(total)} gzipped in all; the budget is ${kb(TOTAL)}.`);

const extra = [];
if (existsSync('dist/event-timeline.standalone.js')) extra.push(['event-timeline.standalone.js', read('event-timeline.standalone.js').length, gzip('event-timeline.standalone.js'), 'single file, everything inside']);
if (existsSync('dist/locales')) {
  for (const name of readdirSync('dist/locales').filter((file) => file.endsWith('.js'))) {
    extra.push([`locales/${name}`, read(`locales/${name}`).length, gzip(`locales/${name}`), 'drop-in translation file']);
  }
}

const table = [['file (dist/)', 'minified', 'gzipped', ''], ...[...rows, ...extra].map(([file, raw, gz, note]) => [file, kb(raw), kb(gz), note])];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => (j === 1 || j === 2 ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log(`\nFirst frame (a page with <event-timeline src=…>): ${kb(firstFrameBytes)} gzipped (budget ${kb(FIRST_FRAME)})`);
console.log(`Largest lazy chunk: ${kb(Math.max(0, ...lazy.map(gzip)))} gzipped (budget ${kb(LAZY_CHUNK)} each)`);
console.log(`All of the drop-in build: ${kb(total)} gzipped (budget ${kb(TOTAL)})`);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
