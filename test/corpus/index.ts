// The corpus as data: every story's event JSON imported, for Node (vitest) and Vite pages (the
// layout report). The browser tests fetch the same files instead (fetch-corpus.ts), because
// their esbuild step drops the import attributes that JSON modules need in a browser.
import demoRu from '../../demo/data/story-ru.json';
import demoEn from '../../demo/data/story-en.json';
import jwst from './jwst-en.json';
import katrina from './katrina-en.json';
import apollo from './apollo-en.json';
import euAiAct from './eu-ai-act-en.json';
import presidentielle from './presidentielle-2017-fr.json';
import notreDame from './notre-dame-fr.json';
import deutschland from './deutschland-1871-2021-de.json';
import mauerfall from './mauerfall-de.json';
import changE from './chang-e-zh.json';
import suez from './suez-ar.json';
import kosmos from './kosmos-ru.json';
import sssr from './sssr-1991-ru.json';
import {corpusStory, type CorpusStory} from './files.js';

export {CORPUS_FILES, type CorpusStory} from './files.js';

const documents: Record<string, unknown> = {
  'demo-story-ru': demoRu,
  'demo-story-en': demoEn,
  'jwst-en': jwst,
  'katrina-en': katrina,
  'apollo-en': apollo,
  'eu-ai-act-en': euAiAct,
  'presidentielle-2017-fr': presidentielle,
  'notre-dame-fr': notreDame,
  'deutschland-1871-2021-de': deutschland,
  'mauerfall-de': mauerfall,
  'chang-e-zh': changE,
  'suez-ar': suez,
  'kosmos-ru': kosmos,
  'sssr-1991-ru': sssr,
};

/** Every story of the corpus, the demo's two first. */
export const CORPUS: readonly CorpusStory[] = Object.entries(documents).map(([slug, doc]) => corpusStory(slug, doc));
