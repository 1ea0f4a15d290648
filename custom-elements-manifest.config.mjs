// Generates custom-elements.json from the elements' class JSDoc (attributes, properties,
// events, slots, parts, CSS properties). `npm run build` runs it; the README's API tables
// are written from its output by scripts/api-docs.js.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/render-*.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it (a check run
  // writes a manifest to a temporary folder).
  packagejson: false,
  dependencies: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file search finds them, which varies from run
      // to run (directories are walked concurrently); the manifest and the README must not.
      name: 'modules-in-path-order',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // Internal state is declared in `static properties` with `state: true`; the analyzer
      // lists it as attributes, which it is not. Keep only attributes of public fields.
      name: 'drop-state-attributes',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.attributes) continue;
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
            for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
          }
        }
      },
    },
  ],
};
