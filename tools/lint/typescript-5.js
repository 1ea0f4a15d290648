// typescript-eslint reads TypeScript through its JavaScript API, which TypeScript 7 (the library's
// compiler, at the root) no longer has. Inside the ESLint process, every `typescript` that is
// asked for (by typescript-eslint and ts-api-utils, wherever npm put them) is this workspace's
// TypeScript 5. Imported first by eslint.config.js, before typescript-eslint loads.
import Module, {createRequire} from 'node:module';

const typescript5 = createRequire(import.meta.url).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript5 : resolveFilename.call(this, request, ...rest);
};
