// The drop-in build's files and their sizes (minified and gzipped at level 9), and which of them a
// page loads before its first frame: the entry, dist/event-timeline.js, and the chunks it imports
// statically. The others are lazy parts, each with the chunks loaded together with it. Used by
// scripts/size.js (the budget in npm test) and bench/run.js.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {posix} from 'node:path';
import {gzipSync} from 'node:zlib';

export const ENTRY = 'event-timeline.js';

/** {file, minified, gzip, firstFrame, loadedWith} for the entry and every chunk of `dist`, and the standalone and translation files. */
export function chunkSizes(dist = 'dist') {
  const read = (file) => readFileSync(`${dist}/${file}`);
  const code = (file) => read(file).toString();
  const relative = (file, path) => posix.normalize(posix.join(posix.dirname(file), path));
  // `import … from "./x.js"`, `import "./x.js"`: loaded with the file. `import("./x.js")`: later.
  const staticImports = (file) =>
    [...code(file).matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(([, path]) => relative(file, path));
  const dynamicImports = (file) =>
    [...code(file).matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map(([, path]) => relative(file, path));
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dependency of staticImports(file)) closure(dependency, seen);
    return seen;
  };
  const firstFrame = closure(ENTRY);
  const chunks = existsSync(`${dist}/chunks`)
    ? readdirSync(`${dist}/chunks`)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `chunks/${name}`)
    : [];
  const loadedWith = new Map();
  for (const file of [ENTRY, ...chunks]) {
    for (const target of dynamicImports(file)) {
      for (const member of closure(target)) {
        if (firstFrame.has(member) || member === target) continue;
        if (!loadedWith.has(member)) loadedWith.set(member, new Set());
        loadedWith.get(member).add(posix.basename(target));
      }
    }
  }
  const size = (file) => ({file, minified: read(file).length, gzip: gzipSync(read(file), {level: 9}).length});
  const files = [ENTRY, ...chunks.filter((file) => firstFrame.has(file)), ...chunks.filter((file) => !firstFrame.has(file))];
  const drop = files.map((file) => ({...size(file), firstFrame: firstFrame.has(file), loadedWith: [...(loadedWith.get(file) ?? [])]}));
  const others = [];
  if (existsSync(`${dist}/event-timeline.standalone.js`))
    others.push({...size('event-timeline.standalone.js'), note: 'single file, everything inside'});
  if (existsSync(`${dist}/locales`)) {
    for (const name of readdirSync(`${dist}/locales`).filter((file) => file.endsWith('.js')))
      others.push({...size(`locales/${name}`), note: 'drop-in translation file'});
  }
  const firstFrameGzip = drop.filter((row) => row.firstFrame).reduce((sum, row) => sum + row.gzip, 0);
  const totalGzip = drop.reduce((sum, row) => sum + row.gzip, 0);
  return {files: drop, others, firstFrameGzip, totalGzip};
}
