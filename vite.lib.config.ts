// The drop-in bundle: dist/event-timeline.js, ONE self-contained minified ES module (Lit and
// the d3 modules inside) that defines every element when loaded with <script type="module">.
import {defineConfig} from 'vite';
import {resolve} from 'node:path';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'event-timeline.js',
    },
    rolldownOptions: {
      output: {minify: true},
    },
  },
});
