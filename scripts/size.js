// The size budget of the drop-in bundle: fails above the hard limit, says how far from the aim.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

// 50 KB while the drop-in is one file: the story layout (issue 11) took 4.6 KB of it. The chunked
// build replaces this with a budget per chunk and for the first frame.
const LIMIT = 50 * 1024;
const AIM = 35 * 1024;
const file = 'dist/event-timeline.js';
const source = readFileSync(file);
const gzipped = gzipSync(source, {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(source.length)} minified, ${kb(gzipped)} gzipped (limit ${kb(LIMIT)}, aim ${kb(AIM)})`);
if (gzipped > LIMIT) {
  console.error(`Over the size limit by ${kb(gzipped - LIMIT)}.`);
  process.exit(1);
}
if (gzipped > AIM) console.log(`Within the limit; ${kb(gzipped - AIM)} above the aim.`);
