// The link arcs' layout: the faster arcPaths (spots along the axis found once per arc, rows out of
// reach skipped before any test, arcs sampled only when a label comes near them) must place every
// arc and every label exactly where the reference, as it was first written, places them.
import {describe, expect, it} from 'vitest';
import {arcPaths, type ArcInput, type ArcOptions, type Box} from '../../../src/layout/link-paths.js';
import {mulberry32} from './helpers.js';
import {referenceArcPaths} from './link-paths-reference.js';

const WORDS = ['2 weeks later', 'cause', 'see also', '11 years before', 'led to', 'the same day', 'anniversary: 25 years', ''];

/** Arcs as a view lays them out: most from or to a few events on screen (the anchor above all), some reaching far off it. */
function scenario(seed: number): {inputs: ArcInput[]; options: ArcOptions} {
  const random = mulberry32(seed);
  const width = [390, 1000, 1280][seed % 3];
  const hubs = Array.from({length: 4}, () => random() * width);
  const inputs: ArcInput[] = Array.from({length: 2 + Math.floor(random() * 30)}, () => {
    const from = random() < 0.6 ? hubs[Math.floor(random() * hubs.length)] : random() * width;
    const to = random() < 0.2 ? from + (random() - 0.5) * 8000 : random() * width;
    return {from, to, label: WORDS[Math.floor(random() * WORDS.length)]};
  });
  const vertical = seed % 7 === 0;
  const side = random() < 0.8 ? 1 : -1;
  const base = 200 + random() * 200;
  const obstacles: Box[] = Array.from({length: Math.floor(random() * 12)}, (_, i) => {
    const x0 = (i * width) / 12 + random() * 20;
    return {x0, x1: x0 + 30 + random() * 30, y0: base + 11, y1: base + 26};
  });
  return {
    inputs,
    options: {
      base,
      side,
      reach: random() < 0.5 ? 422 : 26 + random() * 200,
      minHeight: 34,
      vertical,
      labels: !vertical,
      obstacles,
      bounds: [2, width - 2],
    },
  };
}

describe('arcPaths', () => {
  it('places every arc and label as the reference does', () => {
    let labelled = 0;
    let climbed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const {inputs, options} = scenario(seed);
      const layout = arcPaths(inputs, options);
      expect(layout, `seed ${seed}`).toEqual(referenceArcPaths(inputs, options));
      for (const arc of layout.arcs) if (arc.labelX !== undefined) labelled++;
      climbed += layout.arcs.filter((arc, i) => arc.d !== referenceArcPaths([inputs[i]], options).arcs[0].d).length;
    }
    // The scenarios reach the cases that matter: labels placed, and arcs raised above their first level.
    expect(labelled).toBeGreaterThan(1000);
    expect(climbed).toBeGreaterThan(500);
  });

  it('leaves a label out when no spot along the axis keeps it within the drawing', () => {
    const {arcs} = arcPaths([{from: -3000, to: -2000, label: 'far away'}], {
      base: 300,
      side: 1,
      reach: 422,
      vertical: false,
      bounds: [2, 998],
    });
    expect(arcs[0].labelX).toBeUndefined();
    expect(arcs[0].d).toBe('M-3000,300C-3000,316 -2000,316 -2000,300');
  });

  it('lets an arc with an end that is not finite block no label, as the reference does', () => {
    const options: ArcOptions = {base: 300, side: 1, reach: 422, vertical: false, bounds: [2, 998]};
    for (const end of [Infinity, -Infinity, Number.NaN]) {
      const inputs = [
        {from: 100, to: 300, label: 'cause'},
        {from: end, to: 200, label: 'x'},
      ];
      const layout = arcPaths(inputs, options);
      expect(layout, String(end)).toEqual(referenceArcPaths(inputs, options));
      expect(layout.arcs[0].labelX, String(end)).toBeDefined();
    }
  });
});
