// RefreshSchedule: when a live story is asked for again, on a clock the test turns by hand.
import {describe, expect, it} from 'vitest';
import {MAX_BACKOFF, RefreshSchedule, type RefreshHost} from '../../../src/model/refresh-schedule.js';

/** A host whose clock, visibility and answers the test controls. */
function fakeHost(answers: (() => void)[] = []) {
  let now = 0;
  let timers: {at: number; callback: () => void}[] = [];
  const state = {hidden: false, requests: [] as number[], failures: [] as boolean[]};
  const host: RefreshHost = {
    fetch: async () => {
      state.requests.push(now);
      (answers.shift() ?? (() => {}))();
    },
    hidden: () => state.hidden,
    later: (callback, ms) => {
      const timer = {at: now + ms, callback};
      timers.push(timer);
      return () => (timers = timers.filter((t) => t !== timer));
    },
    failed: (_error, first) => void state.failures.push(first),
  };
  /** Moves the clock on by `seconds`, running what comes due (and letting its promises settle). */
  const advance = async (seconds: number) => {
    const end = now + seconds * 1000;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      now = next.at;
      next.callback();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    now = end;
  };
  return {host, state, advance};
}

describe('RefreshSchedule', () => {
  it('asks every interval, and never more often than every 15 s', async () => {
    const {host, state, advance} = fakeHost();
    new RefreshSchedule(host, 30).start();
    await advance(95);
    expect(state.requests).toEqual([30_000, 60_000, 90_000]);
    const fast = fakeHost();
    new RefreshSchedule(fast.host, 1).start();
    await fast.advance(46);
    expect(fast.state.requests).toEqual([15_000, 30_000, 45_000]);
  });

  it('asks nothing while the page is hidden, and once as soon as it shows again', async () => {
    const {host, state, advance} = fakeHost();
    const schedule = new RefreshSchedule(host, 30);
    schedule.start();
    state.hidden = true;
    await advance(300);
    expect(state.requests).toEqual([]);
    state.hidden = false;
    schedule.visible();
    await advance(0);
    expect(state.requests).toEqual([300_000]);
    await advance(30);
    expect(state.requests).toEqual([300_000, 330_000]);
  });

  it('waits twice as long after each failure, up to ten minutes, reports only the first, and starts over after a success', async () => {
    const fail = () => {
      throw new Error('503');
    };
    const {host, state, advance} = fakeHost([fail, fail, fail, fail, fail, fail, () => {}]);
    const schedule = new RefreshSchedule(host, 60);
    schedule.start();
    await advance(60 + 120 + 240 + 480 + 600 + 600 + 600 + 60);
    expect(state.requests.map((t, i) => (t - (state.requests[i - 1] ?? 0)) / 1000)).toEqual([60, 120, 240, 480, 600, 600, 600, 60]);
    expect(state.failures).toEqual([true, false, false, false, false, false]);
    expect(schedule.delay).toBe(60);
    expect(MAX_BACKOFF).toBe(600);
  });

  it('asks nothing more once stopped', async () => {
    const {host, state, advance} = fakeHost();
    const schedule = new RefreshSchedule(host, 20);
    schedule.start();
    await advance(25);
    schedule.stop();
    await advance(200);
    expect(state.requests).toEqual([20_000]);
  });
});
