// Builds the React test app (test/react-app/dist) the way an app would build with the package.
import {defineConfig} from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  oxc: {jsx: {runtime: 'automatic'}},
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022'},
});
