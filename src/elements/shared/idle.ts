// Work for the browser's next idle period, cancellable (an element removed meanwhile must leave no
// callback behind). Where there is no requestIdleCallback, the next task.

/** Runs `task` when the browser is idle, within `timeout` ms; returns the function that cancels it. */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, {timeout});
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
