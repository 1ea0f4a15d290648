// A small React app that uses the package as an app would: `event-timeline/react`,
// resolved through the package's exports map to the built dist/esm modules.
import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {EventTimeline, QuoteCard} from 'event-timeline/react';

const story = {
  version: 1,
  title: 'React story',
  anchor: 'call',
  events: [
    {id: 'treaty', date: '2001-07-16', title: 'Treaty signed'},
    {id: 'call', date: '2026-02-03', title: 'Video call'},
    {id: 'new-start', date: '2026-02-05', title: 'New START expires'},
  ],
  links: [{from: 'call', to: 'new-start', kind: 'mentions'}],
};

function App() {
  const [selected, setSelected] = useState('none');
  return (
    <main style={{width: 900}}>
      <EventTimeline id="react-timeline" data={story} lang="en" onTimelineSelect={(event) => setSelected(event.detail.id)} />
      <p id="selected">Selected: {selected}</p>
      <QuoteCard for="react-timeline" event="new-start" speaker="Vladimir Putin" date="2026-02-03">
        Russia will act in a balanced way.
      </QuoteCard>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
