/**
 * The card as a German user sees it: every word of the card in German, dates included,
 * and no English word in between. Portal data (subjects, stage names) is German too, as a
 * German portal's would be, so any English left on the card is the card's own.
 */
import { Button, Select, Text, Tile } from '@hubspot/ui-extensions';
import { createRenderer, type RenderedRootNode } from '@hubspot/ui-extensions/testing';
import { TicketsCard } from '../TicketsCard';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { daysAgo, listData, ticket } from '../testing/ticketFixtures';
import { resetLocale } from './activeLocale';

const pipeline = {
  id: '0',
  label: 'Kundendienst',
  displayOrder: 0,
  stages: [
    { id: '1', label: 'Neu', state: 'OPEN' as const, displayOrder: 0 },
    { id: '4', label: 'Erledigt', state: 'CLOSED' as const, displayOrder: 1 },
  ],
};
const priorities = [
  { value: 'LOW', label: 'Niedrig' },
  { value: 'HIGH', label: 'Hoch' },
];
const germanTicket = (id: string, subject: string, createdDaysAgo: number) =>
  ticket(id, {
    subject,
    pipeline: { id: '0', label: 'Kundendienst' },
    stage: { id: '1', label: 'Neu', state: 'OPEN' },
    priority: { value: 'HIGH', label: 'Hoch' },
    createdAt: daysAgo(createdDaysAgo),
    updatedAt: daysAgo(createdDaysAgo),
  });

function renderIn(locale: string) {
  const client = createFakeTicketsClient().enqueue(
    'tickets_list',
    listData(
      [germanTicket('11', 'Drucker brennt', 3), germanTicket('12', 'Anmeldung langsam', 1)],
      {
        pipelines: [pipeline],
        priorities,
      },
    ),
  );
  const renderer = createRenderer('crm.record.sidebar');
  const { context } = renderer.mocks;
  renderer.render(
    <TicketsCard
      context={{
        ...context,
        user: { ...context.user, locale },
        portal: { id: 456, timezone: 'Europe/Berlin' },
      }}
      actions={renderer.mocks.actions}
      recordType="contacts"
      client={client}
      timing={{ searchDebounceMs: 0 }}
    />,
  );
  return renderer;
}

/** Props a user reads (not ids, names or values). */
const READ_PROPS = ['label', 'title', 'placeholder', 'description', 'tooltip', 'tooltipText'];

/**
 * Everything on the card a user reads: text, labels, titles, placeholders, option labels,
 * and the same inside overlays (panels, modals, tooltips) the card has drawn but not shown.
 */
function readableText(root: RenderedRootNode): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === undefined || READ_PROPS.includes(key)) found.push(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, key));
    } else if (value && typeof value === 'object') {
      const node = value as {
        nodeType?: string;
        text?: string;
        props?: object;
        childNodes?: unknown[];
      };
      if (node.nodeType === 'text') return void found.push(node.text ?? '');
      if (node.nodeType) {
        Object.entries(node.props ?? {}).forEach(([prop, inner]) => visit(inner, prop));
        return node.childNodes?.forEach((child) => visit(child));
      }
      // A plain object prop: an option ({label, value}) or a format / truncate setting.
      Object.entries(value).forEach(([prop, inner]) =>
        visit(inner, key === 'options' || prop === 'tooltipText' ? prop : `${key}.${prop}`),
      );
    }
  };
  visit(root);
  return found;
}

/** Words the card itself would show were it still English. */
const ENGLISH =
  /\b(Created|Updated|ago|yesterday|Open|Closed|New ticket|Link existing|Actions|Refresh|Show|Sort|Newest|Priority|Page|Prev|Next|Select|selected|View all|Loading|Change|Close|Unlink|Delete|Save|Cancel|Stage|tickets?)\b/;

describe('TicketsCard in German', () => {
  afterEach(resetLocale);

  it("speaks German from context.user.locale 'de-de', dates and counts included", async () => {
    const renderer = renderIn('de-de');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));

    expect(renderer.findByTestId(Text, 'counts').text).toBe('Offen 2 · Geschlossen 0');
    expect(renderer.findByTestId(Text, 'ticket-11-created').text).toBe('Erstellt vor 3 Tagen');
    expect(renderer.findByTestId(Text, 'ticket-12-created').text).toBe('Erstellt gestern');
    expect(renderer.findByTestId(Button, 'new-ticket').text).toBe('Neues Ticket');
    expect(renderer.findByTestId(Select, 'filter').props.label).toBe('Anzeigen');

    const readable = readableText(renderer.getRootNode());
    expect(readable).toContain('Tickets zuordnen'); // inside the link panel, drawn but closed
    expect(readable).toContain('Neueste zuerst'); // an option of the sort select
    expect(readable.filter((text) => ENGLISH.test(text))).toEqual([]);
  });

  it('shows the same card in English for an English user, so the check above can fail', async () => {
    const renderer = renderIn('en-us');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Text, 'ticket-11-created').text).toBe('Created 3 days ago');
    expect(readableText(renderer.getRootNode()).filter((text) => ENGLISH.test(text))).toEqual(
      expect.arrayContaining(['Created 3 days ago', 'New ticket', 'Newest']),
    );
  });
});
