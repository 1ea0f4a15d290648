// The playground: edit event JSON and see the timeline and the validation issues update live.
import '../src/index.js';
// Every translation, so that any language can be tried here.
import '../src/locales/ru.js';
import '../src/locales/zh.js';
import '../src/locales/ar.js';
import '../src/locales/he.js';
import {parseTimeline} from '../src/model/index.js';
import storyEn from './data/story-en.json';
import storyRu from './data/story-ru.json';

const textarea = document.getElementById('json') as HTMLTextAreaElement;
const preview = document.getElementById('preview') as HTMLElementTagNameMap['event-timeline'];
const issuesList = document.getElementById('issues')!;
const summary = document.getElementById('summary')!;
const langInput = document.getElementById('lang') as HTMLInputElement;
const rtl = document.getElementById('rtl') as HTMLInputElement;

function update(): void {
  const text = textarea.value;
  const {timeline, issues} = parseTimeline(text);
  preview.data = text;
  issuesList.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      item.className = issue.severity;
      const path = document.createElement('code');
      path.textContent = issue.path;
      item.append(`${issue.severity}: `, path, `: ${issue.message}`);
      return item;
    }),
  );
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  summary.textContent = timeline
    ? `${count(timeline.events.length, 'event')}, ${count(timeline.links.length, 'link')}; ${count(errors, 'error')}, ${count(issues.length - errors, 'warning')}.`
    : `No valid event; ${count(errors, 'error')}.`;
}

function load(story: unknown): void {
  textarea.value = JSON.stringify(story, null, 2);
  update();
}

let pending = 0;
textarea.addEventListener('input', () => {
  clearTimeout(pending);
  pending = window.setTimeout(update, 250);
});
langInput.addEventListener('change', () => preview.setAttribute('lang', langInput.value.trim() || 'en'));
rtl.addEventListener('change', () => (rtl.checked ? preview.setAttribute('dir', 'rtl') : preview.removeAttribute('dir')));
document.getElementById('load-ru')!.addEventListener('click', () => load(storyRu));
document.getElementById('load-en')!.addEventListener('click', () => load(storyEn));

preview.setAttribute('lang', langInput.value);
load(storyEn);
