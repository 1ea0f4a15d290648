// The corpus of real stories the layout is measured on: each story's slug and the file that
// holds it, with no JSON import, so that pages whose build step drops import attributes (the
// browser tests' esbuild) can fetch the files instead. index.ts imports the same files.

/** One story of the corpus: its slug, the language it is written in, and its event JSON. */
export interface CorpusStory {
  slug: string;
  lang: string;
  doc: Readonly<Record<string, unknown>>;
}

/** Slug → path from the repository root. The demo's two documents are read where they live. */
export const CORPUS_FILES: Readonly<Record<string, string>> = {
  'demo-story-ru': 'demo/data/story-ru.json',
  'demo-story-en': 'demo/data/story-en.json',
  'jwst-en': 'test/corpus/jwst-en.json',
  'katrina-en': 'test/corpus/katrina-en.json',
  'apollo-en': 'test/corpus/apollo-en.json',
  'eu-ai-act-en': 'test/corpus/eu-ai-act-en.json',
  'presidentielle-2017-fr': 'test/corpus/presidentielle-2017-fr.json',
  'notre-dame-fr': 'test/corpus/notre-dame-fr.json',
  'deutschland-1871-2021-de': 'test/corpus/deutschland-1871-2021-de.json',
  'mauerfall-de': 'test/corpus/mauerfall-de.json',
  'chang-e-zh': 'test/corpus/chang-e-zh.json',
  'suez-ar': 'test/corpus/suez-ar.json',
  'kosmos-ru': 'test/corpus/kosmos-ru.json',
  'sssr-1991-ru': 'test/corpus/sssr-1991-ru.json',
};

/** A story from its slug and parsed document (the language is the document's own). */
export function corpusStory(slug: string, doc: unknown): CorpusStory {
  const record = doc as Record<string, unknown>;
  return {slug, lang: typeof record.lang === 'string' ? record.lang : 'und', doc: record};
}
