// The build's cut of d3-selection and d3-transition (scripts/d3-trim.js): the prototype objects
// keep exactly the listed methods and nothing else of the modules changes; a d3 release whose
// prototype looks different, or lacks a kept method, stops the build instead of shipping a
// different set.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {KEPT, trimD3, trimmedModule} from '../../../scripts/d3-trim.js';

const require = createRequire(import.meta.url);
const source = (module: string) => readFileSync(require.resolve(module), 'utf8');
const prototypeOf = (code: string, name: string) => {
  const found = new RegExp(`^${name}\\.prototype = \\w+\\.prototype = \\{\\n([\\s\\S]*?)\\n\\};$`, 'm').exec(code);
  if (!found) throw new Error(`no ${name} prototype`);
  return {text: found[0], keys: found[1].split(',\n').map((line) => line.trim().split(':')[0])};
};

describe('trimD3', () => {
  for (const [module, name] of [
    ['d3-selection', 'Selection'],
    ['d3-transition', 'Transition'],
  ] as const) {
    it(`keeps only the listed methods on ${module}'s prototype, and changes nothing else`, () => {
      const code = source(module);
      const trimmed = trimD3(code, module);
      const before = prototypeOf(code, name);
      const after = prototypeOf(trimmed, name);
      expect([...after.keys].sort()).to.deep.equal([...KEPT[module]].sort());
      expect(before.keys.length).to.be.above(after.keys.length);
      expect(trimmed.replace(after.text, '')).to.equal(code.replace(before.text, ''));
    });
  }

  it('stops when a kept method is missing', () => {
    const code = source('d3-selection').replace(/^ {2}datum: selection_datum,\n/m, '');
    expect(() => trimD3(code, 'd3-selection')).to.throw(/has no datum/);
  });

  it('stops when the prototype object is written differently', () => {
    const code = source('d3-transition');
    const assigned = code.replace('Transition.prototype = transition.prototype = {', 'Object.assign(Transition.prototype, {');
    expect(() => trimD3(assigned, 'd3-transition')).to.throw(/prototype object of the expected form/);
    const getter = code.replace('  constructor: Transition,\n', '  constructor: Transition,\n  get x() { return 1; },\n');
    expect(() => trimD3(getter, 'd3-transition')).to.throw(/unexpected lines/);
  });

  it('knows the two modules by their paths only', () => {
    expect(trimmedModule('/work/node_modules/d3-selection/dist/d3-selection.mjs')).to.equal('d3-selection');
    expect(trimmedModule('C:\\app\\node_modules\\d3-transition\\dist\\d3-transition.mjs')).to.equal('d3-transition');
    expect(trimmedModule('/node_modules/d3-selection-multi/index.js')).to.equal(undefined);
    expect(trimmedModule('/node_modules/d3-zoom/dist/d3-zoom.mjs')).to.equal(undefined);
  });
});
