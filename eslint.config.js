// ESLint's flat config: the rules live in tools/lint/eslint.config.js, a workspace of its own
// (typescript-eslint needs TypeScript 5's JavaScript API; the library builds with TypeScript 7).
export {default} from './tools/lint/eslint.config.js';
