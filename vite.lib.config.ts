// The drop-in builds (scripts/build.js runs this twice):
//   BUILD=chunked     dist/event-timeline.js, what the first frame of a JSON story needs (Lit, the
//                     elements, the parser, the layout, English), and dist/chunks/*.js, the parts
//                     it imports from its own URL when a page first needs them (gestures, detail
//                     card, list, export, JSON-LD, other formats, translations). Each defines every
//                     element when loaded with <script type="module">.
//   BUILD=standalone  dist/event-timeline.standalone.js, everything in one file, for self-hosting.
//   BUILD=hydrate     dist/event-timeline.hydrate.js, the same with Lit's hydration support first, for
//                     pages made by the server renderer (src/server.ts).
import {defineConfig, type Plugin} from 'vite';
import {minify} from 'terser';
import {trimD3, trimmedModule} from './scripts/d3-trim.js';

/**
 * Terser over Rolldown's minified output: its extra compress passes find about 1 KB gzipped more.
 * `pure_getters`: reading a property has no side effect worth keeping, so the unused reads the
 * d3 modules' bundles leave at top level (`bisector.right`, `Array.prototype.slice`) go (160 bytes).
 */
function terserPass(): Plugin {
  return {
    name: 'terser-pass',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: {passes: 3, pure_getters: true},
          mangle: {toplevel: true},
          ...(sizeMapOut && chunk.map ? {sourceMap: {content: JSON.stringify(chunk.map), asObject: true}} : {}),
        });
        if (result.code) chunk.code = result.code;
        // The size attribution (scripts/size-sources.js): the map from the final code to the sources.
        if (sizeMapOut && result.map) {
          const file = resolve(sizeMapOut, `${chunk.fileName}.final.map`);
          mkdirSync(dirname(file), {recursive: true});
          writeFileSync(file, JSON.stringify(result.map));
        }
      }
    },
  };
}

/**
 * A transform's result: with, for the size attribution only, a map that gives every line of the
 * new code to the module (its first line): enough to say whose bytes they are.
 */
function transformed(code: string, id: string) {
  if (!sizeMapOut) return code;
  const lines = code.split('\n').length;
  return {code, map: {version: 3, sources: [id], names: [], mappings: `AAAA${';AACA'.repeat(lines - 1)}`}};
}

/**
 * Minifies the CSS inside `css\`…\`` in *.styles.ts modules (comments and white space out):
 * the JS minifier leaves template text alone. Safe because those templates hold plain CSS only.
 */
function minifyStyles(): Plugin {
  return {
    name: 'minify-element-styles',
    transform(code, id) {
      if (!/[\\/]src[\\/]elements[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_, text: string) => {
        // Interpolations (`${METRICS.titleSize}`) stand aside as words while the text is minified.
        const expressions: string[] = [];
        const plain = text.replace(/\$\{[^{}]*\}/g, (expression) => `__css${expressions.push(expression) - 1}__`);
        if (plain.includes('${')) return `css\`${text}\``;
        const minified = plain
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // After a colon only: before one, a space is a descendant combinator (".events :focus").
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          // A fraction's leading zero ("0.85rem", "/ 0.18"): CSS reads ".85rem" alike.
          .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
          .trim()
          .replace(/__css(\d+)__/g, (_, i: string) => expressions[Number(i)]!);
        return `css\`${minified}\``;
      });
      return transformed(out, id);
    },
  };
}

/**
 * Shortens the white space of Lit's `html\`…\`` and `svg\`…\`` templates in src/elements: each run
 * that holds a line break (the indentation of the source) becomes one space, which HTML and SVG
 * render alike (no template holds preformatted text). The JS minifier leaves template text alone
 * (about 0.3 KB gzipped in all). Not in the hydrating build: hydration matches the server's
 * templates, which keep their white space, by a hash of their text.
 */
function minifyTemplates(): Plugin {
  type Node = {type: string; start: number; end: number; [key: string]: unknown};
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]elements[\\/].*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const pieces: Node[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
        const {type, tag, quasi} = node as Node & {tag?: Node & {name?: string}; quasi?: Node & {quasis: Node[]}};
        if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && /^(?:html|svg)$/.test(tag.name ?? ''))
          pieces.push(...quasi!.quasis);
        for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      let out = code;
      for (const piece of pieces.sort((a, b) => b.start - a.start)) {
        const raw = (piece.value as {raw: string}).raw;
        // The piece's text, without its backtick, `${` or `}`: checked, so that a parser's other
        // reckoning of positions fails the build rather than cut the code elsewhere.
        // (A parser may read a checkout's CRLF line ends as LF.)
        if (code.slice(piece.start, piece.end).replace(/\r\n?/g, '\n') !== raw.replace(/\r\n?/g, '\n'))
          this.error(`minify-lit-templates: unexpected template positions in ${id}`);
        // Preformatted text would show the change: no template may hold any.
        if (/<pre\b|<textarea\b|xml:space|white-space:\s*pre/.test(raw))
          this.error(`minify-lit-templates: preformatted text in a template of ${id}`);
        // Only spaces, tabs and line ends: a no-break or thin space at a line's start is text.
        out = out.slice(0, piece.start) + raw.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ') + out.slice(piece.end);
      }
      return transformed(out, id);
    },
  };
}

/**
 * d3-time and d3-array build every interval and helper when they load, without the pure marks a
 * bundler needs to leave out the ones nothing uses (the local-time intervals and ticks: the axis
 * ticks in UTC). These marks let Rolldown drop them (about 370 bytes gzipped of the first frame).
 * d3-interpolate and d3-ease likewise build their colour interpolators and easings (for the
 * gestures part: see the marks below).
 * Only calls that build a value are marked; `utcYear.every`, which the axis uses, is kept as it
 * is. A pattern that no longer matches (a new d3 release) fails the build instead of quietly
 * keeping everything.
 */
function pureD3(): Plugin {
  const patches: [RegExp, RegExp, string, number][] = [
    // [module, pattern, replacement, least matches expected]
    [/[\\/]d3-time[\\/]/, /^(const \w+ = )(timeInterval|timeWeekday|utcWeekday)\(/gm, '$1/*#__PURE__*/ $2(', 20],
    [
      /[\\/]d3-time[\\/]/,
      /^const \[(\w+), (\w+)\] = ticker\(([^)]*)\);$/gm,
      'const $1$2 = /*#__PURE__*/ ticker($3), $1 = $1$2[0], $2 = $1$2[1];',
      2,
    ],
    // The local year's own `every` (the generic one of timeInterval would do the same): a value nothing else needs.
    [
      /[\\/]d3-time[\\/]/,
      /^timeYear\.every = (\(k\) => \{[\s\S]*?\n\});$/gm,
      '/*#__PURE__*/ ((every) => void (timeYear.every = every))($1);',
      1,
    ],
    [/[\\/]d3-array[\\/]/, /^(const \w+ = )(bisector|Blur2|shuffler)\(/gm, '$1/*#__PURE__*/ $2(', 4],
    [/[\\/]d3-array[\\/]/, /^var shuffle = shuffler\(/gm, 'var shuffle = /*#__PURE__*/ shuffler(', 1],
    // The interpolators and easings made when the module loads (colour ramps, transforms, the
    // poly, back and elastic easings): of those the gestures use interpolateZoom and the cubic easing
    // only. With the trimmed transitions (scripts/d3-trim.js) the rest and d3-color go (4.2 KB gzipped).
    [/[\\/]d3-interpolate[\\/]/, /^(var \w+ = )(\(function \w+\(|\w+\()/gm, '$1/*#__PURE__*/ $2', 12],
    [/[\\/]d3-ease[\\/]/, /^(var \w+ = )(\(function custom\()/gm, '$1/*#__PURE__*/ $2', 9],
  ];
  return {
    name: 'pure-d3',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]d3-(?:time|array|interpolate|ease)[\\/]/.test(id)) return null;
      let out = code;
      for (const [module, pattern, replacement, least] of patches) {
        if (!module.test(id)) continue;
        const found = out.match(pattern)?.length ?? 0;
        if (found < least) this.error(`pure-d3: ${pattern} matched ${found} times in ${id}, expected at least ${least}`);
        out = out.replace(pattern, replacement);
      }
      return transformed(out, id);
    },
  };
}

/**
 * No waterfall behind a lazy part: a chunk imported dynamically may import shared chunks of its
 * own (d3's transitions under the gestures), which the browser would only ask for once the chunk
 * itself had arrived. Each such `import("./chunks/a.js")` becomes an import of `a.js` and of
 * every chunk it needs that the importer has not loaded already, all at once; resolved against
 * the importer's own URL like the original, so it works from any origin.
 */
function loadTogether(): Plugin {
  return {
    name: 'load-chunks-together',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const dependency of chunks.get(file)?.imports ?? []) closure(dependency, seen);
        return seen;
      };
      for (const chunk of chunks.values()) {
        const loaded = closure(chunk.fileName);
        const here = posix.dirname(chunk.fileName);
        const relative = (file: string) => {
          const path = posix.relative(here, file);
          return path.startsWith('.') ? path : `./${path}`;
        };
        for (const target of chunk.dynamicImports) {
          const also = [...closure(target)].filter((file) => file !== target && !loaded.has(file));
          if (!also.length) continue;
          const pattern = new RegExp(`import\\((["'\`])${relative(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\)`, 'g');
          const together = `Promise.all([${[target, ...also].map((file) => `import("${relative(file)}")`).join(',')}]).then(m=>m[0])`;
          const before = chunk.code;
          chunk.code = chunk.code.replace(pattern, together);
          if (chunk.code === before) this.error(`load-chunks-together: no import("${relative(target)}") found in ${chunk.fileName}`);
        }
      }
    },
  };
}

/**
 * The drop-in file holds the code of the first frame, nearly all of which runs when a story is
 * first drawn: V8's explicit compile hint (the magic comment on its first line) has the browser
 * compile every function of it while the script loads (off the main thread, as it streams in),
 * rather than each on its first call inside the first frame (about 15–20 ms of a fresh page's
 * first frame on a 2-core machine). The lazy chunks keep lazy compiling: most of their code runs
 * only when a reader asks for it.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.isEntry && !standalone) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, posix, resolve} from 'node:path';

/** d3-selection's and d3-transition's prototypes hold only what the gestures use (scripts/d3-trim.js says why). */
function trimD3Prototypes(): Plugin {
  return {
    name: 'trim-d3-prototypes',
    transform(code, id) {
      const module = trimmedModule(id);
      if (!module) return null;
      try {
        return transformed(trimD3(code, module), id);
      } catch (error) {
        return this.error((error as Error).message);
      }
    },
  };
}

const hydrate = process.env.BUILD === 'hydrate';
const standalone = process.env.BUILD === 'standalone' || hydrate;
// For the benchmark's profiles (bench/trace.js): the same chunks, not minified, with Rolldown's
// `//#region` comments naming the module of every line, written to BENCH_PROFILE_OUT.
const profileOut = process.env.BENCH_PROFILE_OUT;
// For scripts/size-sources.js: the same minified chunks in SIZE_MAP_OUT, with a source map of each.
const sizeMapOut = process.env.SIZE_MAP_OUT;

export default defineConfig({
  publicDir: false,
  plugins: [
    trimD3Prototypes(),
    pureD3(),
    minifyStyles(),
    ...(hydrate ? [] : [minifyTemplates()]),
    ...(standalone ? [] : [loadTogether()]),
    ...(profileOut ? [] : [terserPass()]),
    compileHints(),
  ],
  build: {
    outDir: profileOut ?? sizeMapOut ?? 'dist',
    sourcemap: Boolean(sizeMapOut),
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, hydrate ? 'src/hydrate.ts' : 'src/bundle.ts'),
      formats: ['es'],
      fileName: () => (hydrate ? 'event-timeline.hydrate.js' : standalone ? 'event-timeline.standalone.js' : 'event-timeline.js'),
    },
    rolldownOptions: {
      // The entry may export more than its own API: what the lazy parts import from it (Lit, the
      // parser…), so that the first frame's code stays in the one file rather than in chunks of its own.
      preserveEntrySignatures: 'allow-extension',
      // A property read has no side effect worth keeping (as Terser's pure_getters below): lets the
      // values pureD3 marks go when nothing reads them.
      treeshake: {propertyReadSideEffects: false},
      output: {
        minify: !profileOut,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: !standalone,
      },
    },
  },
});
