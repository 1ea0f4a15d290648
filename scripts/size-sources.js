// Which source modules a drop-in file's gzipped bytes come from: builds the drop-in files once more
// with a source map of the final (minified) code, maps every range of it back to its module, and
// gives each module the gzipped bytes its ranges add where they stand in the file (the gzipped size
// of the file up to the end of a range, less that up to its start), so that the shares add up to
// the file's gzipped size. Also the minified bytes of each module.
//   node scripts/size-sources.js [file (dist/), default event-timeline.js] [--skip-build] [--all]
// `--all` lists every module (otherwise those of 0.1 KB or more); `--skip-build` reuses the last build.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {posix} from 'node:path';
import {gzipSync} from 'node:zlib';

const OUT = 'node_modules/.cache/size-sources';
const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith('--')) ?? 'event-timeline.js';
if (!args.includes('--skip-build')) {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: {...process.env, BUILD: 'chunked', SIZE_MAP_OUT: OUT},
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// A chunk named without its hash (`render-list`) is found by its prefix.
const file = target.startsWith('chunks/')
  ? `chunks/${readdirSync(`${OUT}/chunks`).find((name) => name.endsWith('.js') && name.startsWith(target.slice(7))) ?? target.slice(7)}`
  : target;
const code = readFileSync(`${OUT}/${file}`, 'utf8');
const map = JSON.parse(readFileSync(`${OUT}/${file}.final.map`, 'utf8'));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The segments of a source map's `mappings`: [line, column, source index or -1]. */
function segments(mappings) {
  const out = [];
  let source = 0;
  let line = 0;
  for (const group of mappings.split(';')) {
    let column = 0;
    for (const segment of group.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      out.push([line, column, values.length > 1 ? source : -1]);
    }
    line++;
  }
  return out;
}

/** A module's name: its path under src/, or its package under node_modules. */
function moduleName(source) {
  const path = posix.normalize(posix.join(posix.dirname(`${OUT}/${file}`), source.replace(/\\/g, '/')));
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (pkg) return `${pkg[1]}: ${pkg[2].replace(/^(?:dist|src)\//, '')}`;
  const own = path.match(/(?:^|\/)(src\/.*)$/);
  return own ? own[1] : path;
}

// String offsets of line starts, to turn (line, column) into an offset in the code.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const names = map.sources.map(moduleName);
const ranges = segments(map.mappings).map(([line, column, source]) => ({
  start: lineStarts[line] + column,
  module: source < 0 ? '(not mapped: the minifier’s own)' : names[source],
}));
ranges.sort((a, b) => a.start - b.start);
// Runs of one module; the code before the first mapped range counts as not mapped.
const runs = [];
if (!ranges.length || ranges[0].start > 0) runs.push({start: 0, module: '(not mapped: the minifier’s own)'});
for (const range of ranges) {
  if (runs.length && runs.at(-1).module === range.module) continue;
  if (runs.length && runs.at(-1).start === range.start) runs.at(-1).module = range.module;
  else runs.push({...range});
}
const bytes = Buffer.from(code);
// The byte offset of each string offset (the code may hold characters beyond ASCII).
const byteOffset = (() => {
  const offsets = new Uint32Array(code.length + 1);
  let at = 0;
  for (let i = 0; i < code.length; i++) {
    offsets[i] = at;
    const point = code.codePointAt(i);
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    at += size;
    if (point >= 0x10000) offsets[++i] = at;
  }
  offsets[code.length] = at;
  return offsets;
})();
const gzipUpTo = (end) => (end === 0 ? 0 : gzipSync(bytes.subarray(0, end), {level: 9}).length);
const totals = new Map();
let before = 0;
for (const [i, run] of runs.entries()) {
  const end = byteOffset[i + 1 < runs.length ? runs[i + 1].start : code.length];
  const begin = byteOffset[run.start];
  const gzipped = gzipUpTo(end);
  const total = totals.get(run.module) ?? {minified: 0, gzip: 0};
  total.minified += end - begin;
  total.gzip += gzipped - before;
  totals.set(run.module, total);
  before = gzipped;
}
const kb = (value) => (value / 1024).toFixed(2);
const rows = [...totals].sort((a, b) => b[1].gzip - a[1].gzip);
const shown = args.includes('--all') ? rows : rows.filter(([, total]) => total.gzip >= 102);
const width = Math.max(...shown.map(([name]) => name.length), 6);
console.log(`${'module'.padEnd(width)}  minified KB  gzipped KB`);
for (const [name, total] of shown) console.log(`${name.padEnd(width)}  ${kb(total.minified).padStart(11)}  ${kb(total.gzip).padStart(10)}`);
const rest = rows.filter((row) => !shown.includes(row));
if (rest.length)
  console.log(
    `${`(${rest.length} more under 0.1 KB each)`.padEnd(width)}  ${kb(rest.reduce((sum, [, t]) => sum + t.minified, 0)).padStart(11)}  ${kb(rest.reduce((sum, [, t]) => sum + t.gzip, 0)).padStart(10)}`,
  );
console.log(`${'total'.padEnd(width)}  ${kb(bytes.length).padStart(11)}  ${kb(before).padStart(10)}  (${file}, ${runs.length} runs)`);
