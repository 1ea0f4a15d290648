// The corpus for pages served from the repository root that cannot import JSON modules (the
// browser tests): the same stories as index.ts, fetched from the files CORPUS_FILES names.
import {CORPUS_FILES, corpusStory, type CorpusStory} from './files.js';

/** Fetches every story of the corpus (or those named), in CORPUS_FILES order. */
export async function fetchCorpus(slugs: readonly string[] = Object.keys(CORPUS_FILES)): Promise<CorpusStory[]> {
  return Promise.all(
    slugs.map(async (slug) => {
      const path = CORPUS_FILES[slug];
      if (!path) throw new Error(`no corpus story "${slug}"`);
      const response = await fetch(`/${path}`);
      if (!response.ok) throw new Error(`/${path}: HTTP ${response.status}`);
      return corpusStory(slug, await response.json());
    }),
  );
}
