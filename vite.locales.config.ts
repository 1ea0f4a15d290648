// The drop-in translation files: dist/locales/{zh,ar,he}.js. Each holds one table and
// registers it with the bundle a page already loads, by importing `registerStrings` from
// ../event-timeline.js (the same URL, so the same module instance).
import {defineConfig} from 'vite';
import {resolve} from 'node:path';

const STRINGS = resolve(import.meta.dirname, 'src/i18n/strings.ts');

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/locales',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(['zh', 'ar', 'he'].map((lang) => [lang, resolve(import.meta.dirname, `src/locales/${lang}.ts`)])),
      formats: ['es'],
      fileName: (_, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: (id) => id === STRINGS || id.endsWith('/i18n/strings.js'),
      output: {minify: true, paths: (id) => (id === STRINGS || id.endsWith('/i18n/strings.js') ? '../event-timeline.js' : id)},
    },
  },
});
