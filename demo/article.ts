// The demo article: loads the library from source, points each timeline at its story, and
// wires the page's language, dark-mode and phone-width switches.
import '../src/index.js';
import '../src/locales/ru.js';
import storyRu from './data/story-ru.json?url';
import storyEn from './data/story-en.json?url';

const timelines: Record<string, string> = {'timeline-ru': storyRu, 'timeline-en': storyEn};
for (const [id, url] of Object.entries(timelines)) document.getElementById(id)!.setAttribute('src', url);

const params = new URLSearchParams(location.search);

function setLanguage(lang: string): void {
  document.documentElement.lang = lang;
  for (const article of document.querySelectorAll<HTMLElement>('article[data-lang]')) article.hidden = article.dataset.lang !== lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

function setDark(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  for (const element of document.querySelectorAll('event-timeline, quote-card')) element.setAttribute('theme', dark ? 'dark' : 'light');
  document.getElementById('dark')!.setAttribute('aria-pressed', String(dark));
}

function setPhone(phone: boolean): void {
  document.getElementById('page')!.classList.toggle('phone', phone);
  document.getElementById('phone')!.setAttribute('aria-pressed', String(phone));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]'))
  button.addEventListener('click', () => setLanguage(button.dataset.lang!));
document
  .getElementById('dark')!
  .addEventListener('click', (event) => setDark((event.currentTarget as HTMLElement).getAttribute('aria-pressed') !== 'true'));
document
  .getElementById('phone')!
  .addEventListener('click', (event) => setPhone((event.currentTarget as HTMLElement).getAttribute('aria-pressed') !== 'true'));

// ?lang=en, ?dark, ?phone: for links and screenshots.
setLanguage(params.get('lang') === 'en' ? 'en' : 'ru');
setDark(params.has('dark') || (!params.has('light') && matchMedia('(prefers-color-scheme: dark)').matches));
setPhone(params.has('phone'));
