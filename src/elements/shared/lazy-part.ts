// A part of the library that the first frame does not need: a module the build puts in a file of
// its own (dist/chunks/), imported where it is first needed. One load per page, shared by every
// element. A load that fails resolves to undefined (never a rejection nobody handles) and is tried
// again the next time the part is needed: a reader who comes back online gets it.

export interface LazyPart<T> {
  /** Names the part in messages: `interaction`, `detail card`… */
  readonly name: string;
  /** The module once loaded. */
  readonly value: T | undefined;
  /** Resolves to the module, or to undefined when it could not be loaded. */
  load(): Promise<T | undefined>;
}

export function lazyPart<T>(name: string, importer: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  return {
    name,
    get value() {
      return value;
    },
    load() {
      if (value) return Promise.resolve(value);
      loading ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = undefined;
          console.error(`event-timeline: could not load its ${name} part: ${(error as Error)?.message ?? error}`);
          return undefined;
        },
      );
      return loading;
    },
  };
}
