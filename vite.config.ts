// `npm start` serves the demo pages from demo/ on 127.0.0.1 and `npm run build` builds them
// into demo-dist/ (the library bundle itself is built by vite.lib.config.ts).
import {defineConfig} from 'vite';
import {resolve} from 'node:path';

export default defineConfig({
  root: 'demo',
  base: './',
  server: {host: '127.0.0.1', port: 5173, strictPort: false},
  preview: {host: '127.0.0.1'},
  build: {
    outDir: resolve(import.meta.dirname, 'demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
        playground: resolve(import.meta.dirname, 'demo/playground.html'),
        live: resolve(import.meta.dirname, 'demo/live.html'),
      },
    },
  },
});
