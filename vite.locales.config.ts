// One drop-in translation file, dist/locales/$LOCALE.js (scripts/build.js builds each): the
// table and the small shared registry (src/i18n/string-registry.ts), which lives on a global,
// so the file stands alone, works loaded before or after the bundle, from any URL, and never
// loads a second bundle.
import {defineConfig} from 'vite';
import {resolve} from 'node:path';

const locale = process.env.LOCALE ?? 'zh';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/locales',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, `src/locales/${locale}.ts`),
      formats: ['es'],
      fileName: () => `${locale}.js`,
    },
    rolldownOptions: {output: {minify: true}},
  },
});
