// Generates custom-elements.json from the elements' class JSDoc (attributes, properties,
// events, slots, parts, CSS properties). `npm run build` runs it; the README's API tables
// are written from its output by scripts/api-docs.js.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/render-*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
