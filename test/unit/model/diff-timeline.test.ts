// diffTimelines: what an update adds, changes and removes, by event id.
import {describe, expect, it} from 'vitest';
import {diffTimelines} from '../../../src/model/diff-timeline.js';
import {parseTimeline} from '../../../src/model/parse-timeline.js';

const story = (...events: {id: string; date?: string; title?: string; summary?: string}[]) =>
  parseTimeline({events: events.map((event) => ({date: '2026-02-03', title: event.id, ...event}))}).timeline!;

describe('diffTimelines', () => {
  it('counts every event as added when there is no earlier version', () => {
    expect(diffTimelines(undefined, story({id: 'a'}, {id: 'b', date: '2026-02-05'}))).toEqual({
      added: ['a', 'b'],
      changed: [],
      removed: [],
    });
  });

  it('tells added, changed and removed events apart by id, and ignores events that did not change', () => {
    const before = story({id: 'a'}, {id: 'b', date: '2026-02-05'}, {id: 'c', date: '2026-02-07'});
    const after = story(
      {id: 'a'},
      {id: 'b', date: '2026-02-06'},
      {id: 'd', date: '2026-02-08'},
      {id: 'c', date: '2026-02-07', summary: 'more'},
    );
    expect(diffTimelines(before, after)).toEqual({added: ['d'], changed: ['b', 'c'], removed: []});
    expect(diffTimelines(after, before)).toEqual({added: [], changed: ['b', 'c'], removed: ['d']});
  });

  it('finds nothing between a version and itself, or a copy of it', () => {
    const version = story({id: 'a'}, {id: 'b', date: '2026-02-05'});
    expect(diffTimelines(version, version)).toEqual({added: [], changed: [], removed: []});
    expect(diffTimelines(version, story({id: 'a'}, {id: 'b', date: '2026-02-05'}))).toEqual({added: [], changed: [], removed: []});
  });
});
