// d3's selections and transitions cut down to what the gestures use, applied to d3's own modules
// when they are bundled (vite.lib.config.ts) and when the browser tests load them
// (web-test-runner.config.js), so that every gesture test runs on the code the build ships.
//
// Why: d3-selection and d3-transition put every method on one prototype object, which no bundler
// can shake. d3-transition's attr, style and text tweens bring all of d3-interpolate's generic
// interpolators and d3-color (its table of named colours); the selection's data join, attr, append
// and the rest are never called. The gestures (src/elements/event-timeline/zoom-gestures.ts) and
// the d3 modules under them (d3-zoom, d3-drag, and d3-transition's own scheduling) call only the
// methods kept below. Cut out: 9.1 KB gzipped of transitions, interpolators and colours became
// 2.0 KB, and 4.9 KB of selections 2.7 KB (with the pure marks on d3-interpolate and d3-ease in
// vite.lib.config.ts). Calling a method that is not kept throws "… is not a function" in the
// browser tests; add it here then.
//
// A prototype that no longer looks as expected (a new d3 release), or a kept method it no longer
// has, fails the build and the tests instead of quietly shipping a different set.

/** The methods kept on each module's prototype object, by module. */
export const KEPT = {
  // The basics of any selection (those d3-transition's prototype reads among them) and what d3-zoom
  // (selection, property, on, filter, style, datum) and d3-drag (on) use.
  'd3-selection': [
    'constructor',
    'selection',
    'filter',
    'call',
    'nodes',
    'node',
    'size',
    'empty',
    'each',
    'style',
    'property',
    'datum',
    'on',
    '[Symbol.iterator]',
  ],
  // What d3-zoom's eased zooms and ours use: selection(), on, tween, duration (the easing is the
  // default cubic one), and the basics the others are made of.
  'd3-transition': [
    'constructor',
    'selection',
    'call',
    'nodes',
    'node',
    'size',
    'empty',
    'each',
    'on',
    'tween',
    'duration',
    '[Symbol.iterator]',
  ],
};

/** The class whose prototype object is trimmed, by module. */
const CLASS = {'d3-selection': 'Selection', 'd3-transition': 'Transition'};
const MEMBER = /^ {2}(\w+|\[Symbol\.\w+\]): [\w.$[\]]+$/;

/** The module (d3-selection, d3-transition) a file path or URL belongs to, if it is one of those trimmed. */
export function trimmedModule(path) {
  return /[\\/]node_modules[\\/](d3-selection|d3-transition)[\\/]/.exec(path)?.[1];
}

/**
 * `code` of d3-selection or d3-transition with its prototype object holding only the methods of
 * KEPT; throws when the object or a kept method is not found.
 */
export function trimD3(code, module) {
  const kept = KEPT[module];
  if (!kept) throw new Error(`d3-trim: no list of methods for ${module}`);
  const prototype = new RegExp(`^(${CLASS[module]}\\.prototype = \\w+\\.prototype = \\{\\n)([\\s\\S]*?)(\\n\\};)$`, 'm');
  const found = prototype.exec(code);
  if (!found || prototype.exec(code.slice(found.index + found[0].length)))
    throw new Error(`d3-trim: ${module} has not exactly one prototype object of the expected form`);
  const members = found[2].split(',\n');
  const unexpected = members.filter((line) => !MEMBER.test(line));
  if (unexpected.length) throw new Error(`d3-trim: unexpected lines in ${module}'s prototype: ${unexpected.join(' | ')}`);
  const keep = members.filter((line) => kept.includes(MEMBER.exec(line)[1]));
  const missing = kept.filter((name) => !keep.some((line) => MEMBER.exec(line)[1] === name));
  if (missing.length) throw new Error(`d3-trim: ${module}'s prototype has no ${missing.join(', ')}`);
  return code.slice(0, found.index) + found[1] + keep.join(',\n') + found[3] + code.slice(found.index + found[0].length);
}
