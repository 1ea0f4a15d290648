// The drop-in bundle: dist/event-timeline.js, ONE self-contained minified ES module (Lit and
// the d3 modules inside) that defines every element when loaded with <script type="module">.
import {defineConfig, type Plugin} from 'vite';
import {minify} from 'terser';

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
        const result = await minify(chunk.code, {module: true, ecma: 2020, compress: {passes: 3, pure_getters: true}, mangle: {toplevel: true}});
        if (result.code) chunk.code = result.code;
      }
    },
  };
}

/**
 * Minifies the CSS inside `css\`…\`` in *.styles.ts modules (comments and white space out):
 * the JS minifier leaves template text alone. Safe because those templates hold plain CSS only.
 */
function minifyStyles(): Plugin {
  return {
    name: 'minify-element-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, text: string) => {
        if (text.includes('${')) return `css\`${text}\``;
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // After a colon only: before one, a space is a descendant combinator (".events :focus").
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}
import {resolve} from 'node:path';

export default defineConfig({
  publicDir: false,
  plugins: [minifyStyles(), terserPass()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/bundle.ts'),
      formats: ['es'],
      fileName: () => 'event-timeline.js',
    },
    rolldownOptions: {
      output: {minify: true},
    },
  },
});
