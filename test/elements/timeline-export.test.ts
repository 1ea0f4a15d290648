// Structured data and export: schema.org JSON-LD checked against the types it uses, the
// standalone SVG, and the print view.
import {expect} from '@open-wc/testing';
import {waitUntil} from './wait.js';
import {part, story, timelineWith} from './helpers.js';
import type {EventTimeline} from '../../src/elements/event-timeline/event-timeline.js';

// The properties schema.org defines for the types we emit (from schema.org, trimmed to what
// is relevant), and the values eventStatus may take.
const SCHEMA: Record<string, Set<string>> = {
  ItemList: new Set(['name', 'itemListOrder', 'numberOfItems', 'itemListElement', 'description', 'url']),
  ListItem: new Set(['position', 'item', 'name', 'url']),
  Event: new Set([
    '@id',
    'name',
    'startDate',
    'endDate',
    'eventStatus',
    'description',
    'location',
    'url',
    'inLanguage',
    'subjectOf',
    'about',
    'organizer',
    'performer',
    'image',
  ]),
  Place: new Set(['name', 'address', 'geo', 'url']),
  Quotation: new Set(['text', 'creator', 'dateCreated', 'inLanguage', 'isBasedOn', 'spokenByCharacter', 'about', 'citation']),
  Person: new Set(['name', 'jobTitle', 'url', 'image']),
};
const EVENT_STATUS = new Set(
  ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'].map((s) => `https://schema.org/${s}`),
);
const ISO_DATE = /^-?\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function checkNode(node: Record<string, unknown>, path: string, problems: string[]): void {
  const type = node['@type'] as string;
  const allowed = SCHEMA[type];
  if (!allowed) return void problems.push(`${path}: unknown @type ${type}`);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || key === '@context') continue;
    if (!allowed.has(key)) problems.push(`${path}.${key} is not a property of ${type}`);
    if (/Date$|^dateCreated$/.test(key) && !ISO_DATE.test(String(value))) problems.push(`${path}.${key}: ${value} is not ISO 8601`);
    if (key === 'eventStatus' && !EVENT_STATUS.has(String(value))) problems.push(`${path}.eventStatus: ${value}`);
    const children = Array.isArray(value) ? value : [value];
    children.forEach((child, i) => {
      if (child && typeof child === 'object' && '@type' in child)
        checkNode(child as Record<string, unknown>, `${path}.${key}${Array.isArray(value) ? `[${i}]` : ''}`, problems);
    });
  }
}

/**
 * Chooses `action` in the toolbar's download menu and returns the link the export part clicked to
 * offer the file (caught here instead of followed), for its name and its blob.
 */
async function offeredDownload(element: EventTimeline, action: string): Promise<HTMLAnchorElement> {
  const clicked: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.download')!;
    details.querySelector('summary')!.click();
    details.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    await waitUntil(() => clicked.length === 1, `no download was offered for ${action}`, {timeout: 20_000});
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return clicked[0]!;
}

describe('<event-timeline structured-data>', () => {
  it('adds an ItemList of Events with Quotations that uses schema.org types correctly', async () => {
    const element = await timelineWith(await story('en'), {attrs: {'structured-data': ''}});
    const script = element.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('ItemList');
    expect(data.itemListElement).to.have.length(7);
    const problems: string[] = [];
    checkNode(data, 'ItemList', problems);
    expect(problems).to.deep.equal([]);
    const anniversary = data.itemListElement.find((entry: {item: {name: string}}) => entry.item.name.startsWith('25 years'));
    expect(anniversary.item.startDate).to.equal('2026-07-16');
    expect(anniversary.item.subjectOf[0]['@type']).to.equal('Quotation');
    expect(anniversary.item.subjectOf[0].creator.name).to.equal('Yuri Ushakov');
  });

  it('adds nothing without the attribute', async () => {
    const element = await timelineWith(await story('en'));
    expect(element.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('cannot be broken out of by text in the data', async () => {
    const data = await story('en');
    (data.events as {title: string}[])[0].title = '</script><script>window.__pwned = 1</script>';
    const element = await timelineWith(data, {attrs: {'structured-data': ''}});
    const script = element.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('</script>');
    expect(element.querySelectorAll('script')).to.have.length(1);
    expect(
      JSON.parse(script.textContent!).itemListElement.some((entry: {item: {name: string}}) => entry.item.name.includes('</script>')),
    ).to.equal(true);
  });
});

describe('<event-timeline> toSVG()', () => {
  it('returns a standalone SVG of the current view with colours and fonts written in', async () => {
    const element = await timelineWith(await story('en'));
    const text = await element.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.contain('Putin and Xi Jinping');
    expect(text).not.to.contain('var(--');
    // Only browsers read light-dark(); other tools need plain colours. No markers of the page's own.
    expect(text).not.to.contain('light-dark');
    expect(text).not.to.contain('<!--');
    expect(svg.querySelector('rect')!.getAttribute('fill')).to.match(/^rgb\(/);
    expect(svg.querySelectorAll('style, script')).to.have.length(0);
    expect(svg.querySelector('text')!.getAttribute('font-family')).to.be.a('string');
    const dots = [...svg.querySelectorAll('rect')].map((mark) => mark.getAttribute('fill'));
    expect(dots).to.include('rgb(31, 95, 153)');
    expect(svg.querySelectorAll('[tabindex], [class], [part]')).to.have.length(0);
  });

  it('keeps the fade of fuzzy bar ends as gradients (the page fades them with a CSS mask, which a file cannot keep)', async () => {
    const element = await timelineWith(await story('en'));
    for (const text of [await element.toSVG(), await element.toSVG({preset: 'social'})]) {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      const faded = [...svg.querySelectorAll('rect')].filter((rect) => /^url\(#/.test(rect.getAttribute('fill') ?? ''));
      // The visit (first half of 2026) and the consultations (February 2026, approximate).
      expect(faded.length).to.equal(2);
      for (const rect of faded) {
        const id = /^url\(#([\w-]+)\)$/.exec(rect.getAttribute('fill')!)![1]!;
        expect(rect.getAttribute('stroke')).to.equal(`url(#${id})`);
        const stops = [...svg.querySelectorAll(`linearGradient[id="${id}"] stop`)];
        expect(stops.map((stop) => stop.getAttribute('stop-opacity'))).to.deep.equal(['0.14', '1', '1', '0.14']);
        expect(stops[0]!.getAttribute('stop-color')).to.match(/^(rgb\(|#)/);
      }
    }
  });

  it('makes an image to publish: title, every event, legend and credit at a preset size', async () => {
    const data = (await story('en')) as {title: string; categories: Record<string, {label: string}>; events: {title: string}[]};
    const element = await timelineWith(data);
    const text = await element.toSVG({preset: 'social', credit: 'Graphic: The Daily Example'});
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).to.deep.equal(['1200', '630']);
    expect(svg.querySelectorAll('style, script, foreignObject')).to.have.length(0);
    const words = svg.textContent!.replace(/[\u2067\u2069]/g, '').replace(/\s+/g, ' ');
    expect(words).to.contain(data.title);
    for (const category of Object.values(data.categories)) expect(words).to.contain(category.label);
    expect(words).to.contain('Graphic: The Daily Example');
    for (const event of data.events) for (const word of event.title.split(' ')) expect(words).to.contain(word);
    // The newsletter's column, and the credit by default from the events' sources.
    const newsletter = new DOMParser().parseFromString(await element.toSVG({preset: 'newsletter'}), 'image/svg+xml').documentElement;
    expect(newsletter.getAttribute('width')).to.equal('600');
    expect(newsletter.textContent).to.contain('Wikipedia');
  });

  it('exports the whole story or what is on screen', async () => {
    const element = await timelineWith(await story('en'));
    const ticks = (text: string) =>
      [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((node) => node.textContent);
    expect(ticks(await element.toSVG({extent: 'story'}))).to.include('2001');
    element.zoomTo('2026-01-25', '2026-02-20', true);
    await element.updateComplete;
    const view = ticks(await element.toSVG({extent: 'view'}));
    expect(view).not.to.include('2001');
    expect(view.some((label) => /Feb/.test(label ?? ''))).to.equal(true);
    // Without options: the drawing as it is on screen, as before.
    expect(await element.toSVG()).to.contain('rgb(');
  });

  it('downloads what is on screen as a PNG with its title, legend and credit, at twice its size', async () => {
    const element = await timelineWith(await story('en'));
    const link = await offeredDownload(element, 'download-png');
    expect(link!.download).to.match(/^Putin-and-Xi-Jinping.*\.png$/);
    const blob = await (await fetch(link!.href)).blob();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = new DOMParser().parseFromString(await element.toSVG({extent: 'view'}), 'image/svg+xml').documentElement;
    expect(bitmap.width).to.equal(2 * Number(svg.getAttribute('width')));
    expect(bitmap.height).to.equal(2 * Number(svg.getAttribute('height')));
    // The image is taller than the drawing: the title above, the legend and credit below.
    expect(Number(svg.getAttribute('height'))).to.be.greaterThan(
      Number(element.shadowRoot!.querySelector('svg[role="group"]')!.getAttribute('height')),
    );
  });

  it("offers the whole story at the presets' sizes from the toolbar: a social card, a newsletter column at 2×, A4 print", async () => {
    const element = await timelineWith(await story('en'));
    const offered = async (action: string) => (await fetch((await offeredDownload(element, action)).href)).blob();
    const social = await createImageBitmap(await offered('download-social'));
    expect([social.width, social.height]).to.deep.equal([1200, 630]);
    expect((await createImageBitmap(await offered('download-newsletter'))).width).to.equal(1200);
    const print = new DOMParser().parseFromString(await (await offered('download-print')).text(), 'image/svg+xml').documentElement;
    expect([print.getAttribute('width'), print.getAttribute('height')]).to.deep.equal(['297mm', '210mm']);
    // The whole story, not the window on screen: the treaty of 2001 is on it after zooming in.
    element.zoomTo('2026-02-01', '2026-03-01', true);
    await element.updateComplete;
    const whole = new DOMParser().parseFromString(await (await offered('download-print')).text(), 'image/svg+xml');
    expect(whole.documentElement.textContent).to.contain('2001');
  });

  it('offers SVG and PNG downloads from the toolbar', async () => {
    const element = await timelineWith(await story('en'));
    const details = element.shadowRoot!.querySelector('details.download')!;
    expect(details.querySelector('[data-action="download-svg"]')).to.exist;
    expect(details.querySelector('[data-action="download-png"]')).to.exist;
  });
});

describe('<event-timeline> in print', () => {
  it('prints the list view with the picture and without the controls', async () => {
    const element = await timelineWith(await story('en'));
    // The element's own sheet and those of the parts drawn (the list brings its own).
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    const prints = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print') as CSSMediaRule[];
    expect(prints).to.not.be.empty;
    const text = prints.flatMap((print) => [...print.cssRules].map((rule) => rule.cssText)).join(' ');
    expect(text).to.match(/\.toolbar[^{]*\{[^}]*display: none/);
    expect(text).to.match(/\.list\.visually-hidden[^{]*\{[^}]*position: static/);
    expect(part(element, 'list')).to.exist;
  });
});
