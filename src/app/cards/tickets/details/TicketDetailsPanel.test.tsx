import {
  Alert,
  Button,
  Dropdown,
  Input,
  Link,
  Panel,
  Select,
  StatusTag,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import type { FunctionResult, TicketSummary, TicketUpdateData } from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  billingPipeline,
  detailsData,
  failure,
  formOptions,
  listData,
  propertiesRequired,
  resolutionProperty,
  supportPipeline,
  ticket,
} from '../testing/ticketFixtures';

const HOUR = 3_600_000;
const grace = { id: '72', name: 'Grace Hopper' };
const jam = ticket('21', {
  subject: 'Printer jam',
  owner: grace,
  priority: { value: 'LOW', label: 'Low' },
  categories: [{ value: 'PRODUCT_ISSUE', label: 'Product issue' }],
  labels: ['Requester'],
});

function updated(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

async function openDetails(client: FakeTicketsClient) {
  client
    .always('tickets_list', listData([jam], { pipelines: [supportPipeline, billingPipeline] }))
    .always('ticket_form_options', formOptions({ currentOwnerId: '71' }));
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
  expect(renderer.findByTestId(Dropdown.ButtonItem, 'actions-21-details').text).toBe('Details');
  renderer.findByTestId(Panel, 'details-21').trigger('onOpen');
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Input, 'details-21-subject')).not.toBeNull(),
  );
  return card;
}

const fact = (renderer: Awaited<ReturnType<typeof openDetails>>['renderer'], key: string) =>
  renderer.findByTestId(Text, `details-21-fact-${key}`).text;

describe('ticket details panel', () => {
  it('loads the ticket in full with one ticket_details call when opened', async () => {
    const client = createFakeTicketsClient().always(
      'ticket_details',
      detailsData(
        jam,
        {
          timeToCloseMs: 5 * HOUR,
          timeToFirstResponseMs: 45 * 60_000,
          contacts: { names: ['Ada Lovelace', 'Alan Turing', 'Joan Clarke'], total: 5 },
          companies: { names: ['Acme'], total: 1 },
          closedAt: null,
        },
        { currentLabelTypeIds: [140] },
      ),
    );
    const { renderer } = await openDetails(client);
    expect(client.callsOf('ticket_details')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketId: '21' },
    ]);
    expect(fact(renderer, 'id')).toBe('21');
    expect(fact(renderer, 'owner')).toBe('Grace Hopper');
    expect(fact(renderer, 'pipeline')).toBe('Support Pipeline');
    expect(fact(renderer, 'stage')).toBe('New');
    expect(fact(renderer, 'priority')).toBe('Low');
    expect(fact(renderer, 'category')).toBe('Product issue');
    expect(fact(renderer, 'source')).toBe('Email');
    expect(fact(renderer, 'time-to-close')).toBe('5 hours');
    expect(fact(renderer, 'first-response')).toBe('45 minutes');
    expect(fact(renderer, 'labels')).toBe('Requester');
    expect(fact(renderer, 'contacts')).toBe('Ada Lovelace, Alan Turing, Joan Clarke and 2 more');
    expect(fact(renderer, 'companies')).toBe('Acme');
    expect(renderer.maybeFindByTestId(Text, 'details-21-fact-closed')).toBeNull();
    expect(renderer.findByTestId(TextArea, 'details-21-description').props.value).toBe(
      'The printer jams on every second page.',
    );
    expect(renderer.findByTestId(Link, 'details-21-open').props.href).toEqual({
      url: 'https://app.hubspot.com/contacts/456/record/0-5/21',
      external: true,
    });
  });

  it('leaves out the durations HubSpot does not have', async () => {
    const client = createFakeTicketsClient().always('ticket_details', detailsData(jam));
    const { renderer } = await openDetails(client);
    expect(renderer.maybeFindByTestId(Text, 'details-21-fact-time-to-close')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'details-21-fact-first-response')).toBeNull();
    expect(fact(renderer, 'labels')).toBe('No label');
  });

  it('says so when the ticket cannot be loaded, and tries again on request', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_details',
      failure('NOT_LINKED', 'Ticket 21 is not linked to this record.'),
      detailsData(jam),
    );
    client.always('tickets_list', listData([jam])).always('ticket_form_options', formOptions());
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Panel, 'details-21').trigger('onOpen');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Button, 'details-21-retry')).not.toBeNull(),
    );
    renderer.findByTestId(Button, 'details-21-retry').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Input, 'details-21-subject')).not.toBeNull(),
    );
  });

  it('saves only what the rep changed, in one call, and the row and panel show it', async () => {
    const ada = { id: '71', name: 'Ada Lovelace' };
    const client = createFakeTicketsClient()
      .always('ticket_details', detailsData(jam, {}, { currentLabelTypeIds: [140] }))
      .enqueue(
        'ticket_update',
        updated([{ ...jam, subject: 'Printer jams daily', owner: ada, labels: ['Primary'] }]),
      );
    const { renderer, alerts } = await openDetails(client);
    expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(true);
    fire(renderer.findByTestId(Input, 'details-21-subject'), 'onInput', 'Printer jams daily');
    fire(renderer.findByTestId(TextArea, 'details-21-description'), 'onInput', 'Every day.');
    renderer.findByTestId(Button, 'details-21-me').trigger('onClick');
    fire(renderer.findByTestId(Select, 'details-21-label'), 'onChange', '16');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'details-21-submit').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-21-owner').text).toBe('Owner: Ada Lovelace'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['21'],
        subject: 'Printer jams daily',
        description: 'Every day.',
        ownerId: '71',
        label: { typeId: 16, category: 'HUBSPOT_DEFINED' },
      },
    ]);
    expect(fact(renderer, 'owner')).toBe('Ada Lovelace');
    expect(fact(renderer, 'labels')).toBe('Primary');
    expect(renderer.findByTestId(Link, 'ticket-21-subject').text).toBe('Printer jams daily');
    expect(alerts()).toEqual([{ type: 'success', message: '"Printer jams daily" saved.' }]);
    // Saved: nothing left to save, and the panel stays open on the ticket.
    expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(true);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([]);
  });

  it('changes priority, category and stage, and clears the label', async () => {
    const client = createFakeTicketsClient()
      .always('ticket_details', detailsData(jam, {}, { currentLabelTypeIds: [140] }))
      .enqueue('ticket_update', updated([jam]));
    const { renderer } = await openDetails(client);
    fire(renderer.findByTestId(Select, 'details-21-priority'), 'onChange', 'HIGH');
    fire(renderer.findByTestId(Select, 'details-21-stage'), 'onChange', '2');
    fire(renderer.findByTestId(Select, 'details-21-label'), 'onChange', '');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'details-21-submit').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_update')).toHaveLength(1));
    expect(client.callsOf('ticket_update')[0]).toEqual({
      recordType: 'contacts',
      portalId: 456,
      ticketIds: ['21'],
      priority: 'HIGH',
      stageId: '2',
      label: null,
    });
  });

  it('refuses an empty subject before calling HubSpot', async () => {
    const client = createFakeTicketsClient().always('ticket_details', detailsData(jam));
    const { renderer } = await openDetails(client);
    fire(renderer.findByTestId(Input, 'details-21-subject'), 'onInput', '   ');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Input, 'details-21-subject').props.error).toBe(true),
    );
    expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(true);
  });

  it('asks for what the portal requires to close from the panel, keeping the other edits', async () => {
    const invoice = ticket('21', {
      ...jam,
      pipeline: { id: '77', label: 'Billing' },
      stage: { id: '772', label: 'Invoice check', state: 'OPEN' },
    });
    const resolved = {
      ...invoice,
      subject: 'Invoice double charged',
      stage: { id: '773', label: 'Refunded', state: 'CLOSED' as const },
    };
    const client = createFakeTicketsClient()
      .always(
        'tickets_list',
        listData([invoice], { pipelines: [supportPipeline, billingPipeline] }),
      )
      .always('ticket_form_options', formOptions())
      .always('ticket_details', detailsData(invoice))
      .enqueue('ticket_update', propertiesRequired([resolutionProperty]), updated([resolved]));
    const { renderer, alerts } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Panel, 'details-21').trigger('onOpen');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Input, 'details-21-subject')).not.toBeNull(),
    );
    fire(renderer.findByTestId(Input, 'details-21-subject'), 'onInput', 'Invoice double charged');
    fire(renderer.findByTestId(Select, 'details-21-stage'), 'onChange', '773');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'details-21-submit').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'details-21-required-resolution')).not.toBeNull(),
    );
    expect(renderer.maybeFindByTestId(Alert, 'details-21-error')).toBeNull();
    expect(renderer.findByTestId(Input, 'details-21-subject').props.value).toBe(
      'Invoice double charged',
    );
    expect(renderer.findByTestId(Select, 'details-21-stage').props.value).toBe('773');
    expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(true);

    fire(
      renderer.findByTestId(Select, 'details-21-required-resolution'),
      'onChange',
      'ISSUE_FIXED',
    );
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'details-21-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'details-21-submit').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_update')).toHaveLength(2));
    expect(client.callsOf('ticket_update')[1]).toEqual({
      recordType: 'contacts',
      portalId: 456,
      ticketIds: ['21'],
      subject: 'Invoice double charged',
      stageId: '773',
      extraProperties: { resolution: 'ISSUE_FIXED' },
    });
    // Closed, it leaves the Open view (and its panel with it); the rep is told.
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(0));
    expect(alerts()).toEqual([{ type: 'success', message: '"Invoice double charged" saved.' }]);
  });

  it('drops an answer to an earlier open when the panel was opened again', async () => {
    const first = deferred<ReturnType<typeof detailsData>>();
    const client = createFakeTicketsClient().enqueue(
      'ticket_details',
      first,
      detailsData(jam, { description: 'Fresh description' }),
    );
    client.always('tickets_list', listData([jam])).always('ticket_form_options', formOptions());
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Panel, 'details-21').trigger('onOpen');
    renderer.findByTestId(Panel, 'details-21').trigger('onOpen');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(TextArea, 'details-21-description')?.props.value).toBe(
        'Fresh description',
      ),
    );
    first.resolve(detailsData(jam, { description: 'Stale description' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(renderer.findByTestId(TextArea, 'details-21-description').props.value).toBe(
      'Fresh description',
    );
    expect(renderer.findAll(StatusTag).length).toBeGreaterThan(0);
  });
});
