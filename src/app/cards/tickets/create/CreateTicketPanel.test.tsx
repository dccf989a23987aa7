import {
  Alert,
  Button,
  ErrorState,
  Input,
  MultiSelect,
  Panel,
  Select,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import type { ErrorCode, FunctionResult, TicketCreateData } from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { CURRENT_USER, renderCard } from '../testing/renderCard';
import { failure, formOptions, listData, ticket } from '../testing/ticketFixtures';

function created(id: string, subject: string): FunctionResult<TicketCreateData> {
  const now = new Date().toISOString();
  return {
    ok: true,
    data: { ticket: ticket(id, { subject, createdAt: now, updatedAt: now }), deduplicated: false },
  };
}

async function openCreatePanel(client: FakeTicketsClient) {
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile).length).toBeGreaterThan(0));
  renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
  renderer.findByTestId(Panel, 'create-ticket-panel').trigger('onOpen');
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Input, 'create-subject')).not.toBeNull(),
  );
  return card;
}

function baseClient() {
  return createFakeTicketsClient()
    .always('tickets_list', listData([ticket('1', { subject: 'Older ticket' })]))
    .always('ticket_form_options', formOptions());
}

type Renderer = Awaited<ReturnType<typeof openCreatePanel>>['renderer'];

const typeSubject = (renderer: Renderer, subject: string) =>
  fire(renderer.findByTestId(Input, 'create-subject'), 'onInput', subject);
const submit = (renderer: Renderer) =>
  renderer.findByTestId(Button, 'create-submit').trigger('onClick');

describe('New ticket panel', () => {
  it('loads the form options only when first opened, and only once', async () => {
    const client = baseClient();
    const { renderer } = await openCreatePanel(client);
    expect(client.calls.map((c) => c.uid)).toEqual(['tickets_list', 'ticket_form_options']);
    expect(client.callsOf('ticket_form_options')).toEqual([
      { recordType: 'contacts', portalId: 456, currentUser: CURRENT_USER },
    ]);

    renderer.findByTestId(Button, 'link-existing').trigger('onClick');
    renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
    expect(client.callsOf('ticket_form_options')).toHaveLength(1);
  });

  it('says so when the form cannot load, and tries again on request', async () => {
    const client = createFakeTicketsClient()
      .always('tickets_list', listData([ticket('1')]))
      .enqueue(
        'ticket_form_options',
        failure('FORBIDDEN', 'This app may not read ticket settings.'),
        formOptions(),
      );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(ErrorState, 'create-options-error').find(Text).text).toBe(
        'This app may not read ticket settings.',
      ),
    );
    renderer.findByTestId(Button, 'create-options-retry').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Input, 'create-subject')).not.toBeNull(),
    );
  });

  it("starts in the default pipeline's first open stage, and the stage follows the pipeline", async () => {
    const { renderer } = await openCreatePanel(baseClient());
    expect(renderer.findByTestId(Select, 'create-pipelineId').props.value).toBe('0');
    expect(renderer.findByTestId(Select, 'create-stageId').props).toMatchObject({
      value: '1',
      options: [
        { label: 'New', value: '1' },
        { label: 'Waiting on contact', value: '2' },
        { label: 'Closed', value: '4' },
      ],
    });

    fire(renderer.findByTestId(Select, 'create-pipelineId'), 'onChange', '77');
    await renderer.waitFor(() =>
      expect(
        renderer.findByTestId(Select, 'create-stageId').props.options.map((o) => o.label),
      ).toEqual(['Resolved early', 'Invoice check', 'Refunded']),
    );
    expect(renderer.findByTestId(Select, 'create-stageId').props.value).toBe('772');
    expect(renderer.findByTestId(MultiSelect, 'create-categories').props.options).toHaveLength(2);
  });

  it('requires a subject before sending anything', async () => {
    const client = baseClient();
    const { renderer } = await openCreatePanel(client);
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Input, 'create-subject').props).toMatchObject({
        error: true,
        validationMessage: 'Enter a subject.',
      }),
    );
    expect(client.callsOf('ticket_create')).toHaveLength(0);

    typeSubject(renderer, 'Printer on fire');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Input, 'create-subject').props.error).toBe(false),
    );
  });

  it('creates the ticket, confirms it, closes the panel and shows it on top of the list at once', async () => {
    const client = baseClient().enqueue('ticket_create', created('99', 'Printer on fire'));
    const { renderer, alerts } = await openCreatePanel(client);
    typeSubject(renderer, '  Printer on fire ');
    fire(renderer.findByTestId(TextArea, 'create-description'), 'onInput', 'Smoke everywhere');
    fire(renderer.findByTestId(Select, 'create-priority'), 'onChange', 'HIGH');
    fire(renderer.findByTestId(MultiSelect, 'create-categories'), 'onChange', ['PRODUCT_ISSUE']);
    submit(renderer);

    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-99', 'ticket-1']),
    );
    const [params] = client.callsOf('ticket_create');
    expect(params).toMatchObject({
      recordType: 'contacts',
      portalId: 456,
      subject: 'Printer on fire',
      description: 'Smoke everywhere',
      pipelineId: '0',
      stageId: '1',
      priority: 'HIGH',
      categories: ['PRODUCT_ISSUE'],
    });
    expect(params?.clientRequestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(alerts()).toEqual([
      { type: 'success', title: 'Ticket created', message: 'Ticket "Printer on fire" created.' },
    ]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['create-ticket-panel']]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 0');
    expect(renderer.findByTestId(Input, 'create-subject').props.value).toBe('');
  });

  it('names the new ticket in the next list call, so a lagging search cannot hide it', async () => {
    const client = baseClient().enqueue('ticket_create', created('99', 'Printer on fire'));
    const { renderer } = await openCreatePanel(client);
    expect(client.callsOf('tickets_list')[0]).not.toHaveProperty('recentTicketIds');
    typeSubject(renderer, 'Printer on fire');
    submit(renderer);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));

    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ recentTicketIds: ['99'] });
  });

  it('sends ONE request on a double click and shows it is busy meanwhile', async () => {
    const answer = deferred<FunctionResult<TicketCreateData>>();
    const client = baseClient().enqueue('ticket_create', answer);
    const { renderer } = await openCreatePanel(client);
    typeSubject(renderer, 'Printer on fire');
    submit(renderer);
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'create-submit')).toMatchObject({
        text: 'Creating…',
        props: { disabled: true },
      }),
    );
    expect(client.callsOf('ticket_create')).toHaveLength(1);
    answer.resolve(created('99', 'Printer on fire'));
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(false),
    );
    expect(client.callsOf('ticket_create')).toHaveLength(1);
  });

  it("puts the function's field errors on the fields and keeps what was typed", async () => {
    const client = baseClient().enqueue(
      'ticket_create',
      failure('VALIDATION', 'Some fields need a look.', {
        fieldErrors: [{ field: 'stageId', message: 'That stage no longer exists.' }],
      }),
    );
    const { renderer } = await openCreatePanel(client);
    typeSubject(renderer, 'Printer on fire');
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'create-stageId').props).toMatchObject({
        error: true,
        validationMessage: 'That stage no longer exists.',
      }),
    );
    expect(renderer.findByTestId(Alert, 'create-failure').find(Text).text).toBe(
      'Check the highlighted fields.',
    );
    expect(renderer.findByTestId(Input, 'create-subject').props.value).toBe('Printer on fire');
  });

  it.each<[ErrorCode, string]>([
    ['UNAVAILABLE', 'HubSpot did not answer. Try again in a moment.'],
    ['RATE_LIMITED', 'HubSpot is busy. Try again in a few seconds.'],
    ['FORBIDDEN', 'This app is not allowed to create tickets.'],
    ['NOT_FOUND', 'This contact no longer exists.'],
    ['INTERNAL', 'Something went wrong on our side.'],
  ])('on %s says what went wrong and keeps everything typed', async (code, message) => {
    const client = baseClient().enqueue(
      'ticket_create',
      failure(code, message, { correlationId: 'abc123' }),
    );
    const { renderer, alerts } = await openCreatePanel(client);
    typeSubject(renderer, 'Printer on fire');
    fire(renderer.findByTestId(Select, 'create-priority'), 'onChange', 'URGENT');
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'create-failure')).not.toBeNull(),
    );
    const shown = renderer.findByTestId(Alert, 'create-failure');
    expect(shown.props.title).toBe('The ticket was not created');
    expect(shown.findAll(Text).map((t) => t.text)).toEqual([message, 'Reference: abc123']);
    expect(renderer.findByTestId(Input, 'create-subject').props.value).toBe('Printer on fire');
    expect(renderer.findByTestId(Select, 'create-priority').props.value).toBe('URGENT');
    expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(false);
    expect(alerts()).toEqual([]);
    expect(renderer.findAll(Tile)).toHaveLength(1);
  });

  it('retries the same attempt with the same request id, and a changed form with a new one', async () => {
    const client = baseClient()
      .enqueue('ticket_create', failure('UNAVAILABLE', 'HubSpot did not answer.'))
      .enqueue('ticket_create', failure('UNAVAILABLE', 'HubSpot did not answer.'))
      .enqueue('ticket_create', created('99', 'Printer on fire!'));
    const { renderer } = await openCreatePanel(client);
    typeSubject(renderer, 'Printer on fire');
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(false),
    );
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(2));
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(false),
    );
    typeSubject(renderer, 'Printer on fire!');
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(3));

    const ids = client.callsOf('ticket_create').map((p) => p.clientRequestId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('keeps a pasted URL subject from stretching the "created" alert', async () => {
    const url = `https://support.example.com/tickets/${'x'.repeat(60)}`;
    const client = baseClient().enqueue('ticket_create', created('99', url));
    const { renderer, alerts } = await openCreatePanel(client);
    typeSubject(renderer, url);
    submit(renderer);
    await renderer.waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]?.message).toBe(`Ticket "${url.slice(0, 39)}…" created.`);
  });

  it('puts a ticket created on page 3 on page 1, in sort order, not on top of page 3', async () => {
    const page = (ids: string[], nextCursor: string | null) =>
      listData(
        ids.map((id) => ticket(id)),
        { nextCursor, total: 11 },
      );
    const client = createFakeTicketsClient()
      .always('ticket_form_options', formOptions())
      .enqueue('tickets_list', page(['1', '2', '3', '4', '5'], 'c2'))
      .enqueue('tickets_list', page(['6', '7', '8', '9', '10'], 'c3'))
      .enqueue('tickets_list', page(['11'], null))
      .enqueue('tickets_list', page(['99', '1', '2', '3', '4'], 'c2'))
      .enqueue('ticket_create', created('99', 'Printer on fire'));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(5));
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFind(Tile, { testId: 'ticket-6' })).not.toBeNull(),
    );
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-11']),
    );
    renderer.findByTestId(Panel, 'create-ticket-panel').trigger('onOpen');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Input, 'create-subject')).not.toBeNull(),
    );
    typeSubject(renderer, 'Printer on fire');
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 1 of 3'),
    );
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual([
        'ticket-99',
        'ticket-1',
        'ticket-2',
        'ticket-3',
        'ticket-4',
      ]),
    );
    expect(client.callsOf('tickets_list').map((p) => p.cursor)).toEqual([null, 'c2', 'c3', null]);
    expect(client.callsOf('tickets_list')[3]).toMatchObject({ recentTicketIds: ['99'] });
  });
});
