// The live demo: a simulated feed that pushes a new version of a summit-day story every five
// seconds, the way an app feeds the element from a server-sent events stream or a WebSocket:
// it sets `data`, and the element keeps the reader's place, marks what is new and says it once.
import '../src/index.js';

const timeline = document.getElementById('live') as HTMLElementTagNameMap['event-timeline'];
const status = document.getElementById('status')!;
const pause = document.getElementById('pause')!;

const day = '2026-06-15';
const feed = [
  ['08:30', 'Delegations arrive at the summit venue'],
  ['09:15', 'Opening session begins'],
  ['10:40', 'Bilateral talks on trade'],
  ['12:05', 'Joint statement on climate finance announced'],
  ['13:30', 'Working lunch'],
  ['15:00', 'Talks on security resume'],
  ['16:45', 'Leaders sign an agreement on research cooperation'],
  ['18:00', 'Closing press conference'],
  ['19:30', 'Leaders leave the venue'],
];

let shown = 3;
let paused = false;

function story() {
  return {
    version: 1,
    lang: 'en',
    title: 'Summit day, live',
    now: `${day}T08:00Z`,
    anchor: 'e1',
    events: feed.slice(0, shown).map(([time, title], i) => ({id: `e${i}`, date: `${day}T${time}Z`, title})),
  };
}

timeline.data = story();
timeline.addEventListener('timeline-update', (event) => {
  status.textContent = `Update: ${event.detail.added.length} added, ${event.detail.changed.length} changed.`;
});

// What an app would do on each message of its stream: `source.onmessage = (m) => (timeline.data = JSON.parse(m.data))`.
setInterval(() => {
  if (paused || shown >= feed.length) return;
  shown++;
  timeline.data = story();
}, 5000);

pause.addEventListener('click', () => {
  paused = !paused;
  pause.setAttribute('aria-pressed', String(paused));
  pause.textContent = paused ? 'Resume the feed' : 'Pause the feed';
});
