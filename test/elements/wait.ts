// Waiting for a condition in the browser tests. open-wc's waitUntil gives up after one second by
// default: on a shared, busy machine a zoom's animation, a lazy part's first load or a layout may
// take longer, and the test then fails with nothing wrong. Here the timeout is a hang guard only
// (tests assert what happens, never how fast), and the timer is cleared as soon as the condition
// holds, so that nothing is left holding a removed element (the lifecycle tests count that).

/** Resolves once `predicate` returns something truthy; checks every `interval` ms, fails after `timeout` ms. */
export async function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message = 'the condition never held',
  {interval = 20, timeout = 15_000}: {interval?: number; timeout?: number} = {},
): Promise<void> {
  const started = performance.now();
  while (!(await predicate())) {
    if (performance.now() - started > timeout) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
