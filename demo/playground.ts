// The playground: an editor for a story (demo/editor.ts) beside its live timeline. The story in the
// address (#story=…) is loaded first; else the English seed story.
import '../src/index.js';
// Every translation, so that any language can be tried here.
import '../src/locales/ru.js';
import '../src/locales/zh.js';
import '../src/locales/ar.js';
import '../src/locales/he.js';
import {StoryEditor, storyInAddress} from './editor.js';
import storyEn from './data/story-en.json';
import storyRu from './data/story-ru.json';

const preview = document.getElementById('preview') as HTMLElementTagNameMap['event-timeline'];
const editor = new StoryEditor(document.getElementById('editor')!, preview);
const rtl = document.getElementById('rtl') as HTMLInputElement;

rtl.addEventListener('change', () => (rtl.checked ? preview.setAttribute('dir', 'rtl') : preview.removeAttribute('dir')));
document.getElementById('new-story')!.addEventListener('click', () => editor.load({version: 1, lang: 'en', events: []}));
document.getElementById('load-ru')!.addEventListener('click', () => editor.load(storyRu));
document.getElementById('load-en')!.addEventListener('click', () => editor.load(storyEn));

editor.load(storyInAddress() ?? storyEn);
