import {
  Alert,
  Button,
  Checkbox,
  Input,
  MultiSelect,
  NumberInput,
  Panel,
  Select,
  Tile,
} from '@hubspot/ui-extensions';
import type { FunctionResult, RecordType, TicketCreateData } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  formOptions,
  listData,
  propertiesRequired,
  resolutionProperty,
  ticket,
} from '../testing/ticketFixtures';

/** The new ticket's owner, the contact's company, and a create the portal's rules refuse. */

function created(id: string, subject: string): FunctionResult<TicketCreateData> {
  const now = new Date().toISOString();
  return {
    ok: true,
    data: { ticket: ticket(id, { subject, createdAt: now, updatedAt: now }), deduplicated: false },
  };
}

async function openCreatePanel(client: FakeTicketsClient, recordType: RecordType = 'contacts') {
  client
    .always('tickets_list', listData([ticket('1', { subject: 'Older ticket' })]))
    .always('ticket_form_options', formOptions({ currentOwnerId: '71' }));
  const card = renderCard(client, recordType);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile).length).toBeGreaterThan(0));
  renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
  renderer.findByTestId(Panel, 'create-ticket-panel').trigger('onOpen');
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Input, 'create-subject')).not.toBeNull(),
  );
  fire(renderer.findByTestId(Input, 'create-subject'), 'onInput', 'Printer on fire');
  return card;
}

type Renderer = Awaited<ReturnType<typeof openCreatePanel>>['renderer'];
const submit = (renderer: Renderer) =>
  renderer.findByTestId(Button, 'create-submit').trigger('onClick');

describe('New ticket: owner and company', () => {
  it("starts owned by the card's user and sends that owner", async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    expect(renderer.findByTestId(Select, 'create-ownerId').props.value).toBe('71');
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    expect(client.callsOf('ticket_create')[0]).toMatchObject({ ownerId: '71' });
  });

  it('lets the rep pick another owner, or none', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      created('99', 'Printer on fire'),
      created('100', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    fire(renderer.findByTestId(Select, 'create-ownerId'), 'onChange', '72');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'create-ownerId').props.value).toBe('72'),
    );
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    expect(client.callsOf('ticket_create')[0]).toMatchObject({ ownerId: '72' });
  });

  it("on a contact, offers to link the contact's primary company, ticked by default", async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    const box = renderer.findByTestId(Checkbox, 'create-link-company');
    expect(box.props.checked).toBe(true);
    expect(box.text).toBe("Also link the contact's primary company");
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    expect(client.callsOf('ticket_create')[0]).toMatchObject({ linkPrimaryCompany: true });
  });

  it('links only the contact when the rep unticks it', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    fire(renderer.findByTestId(Checkbox, 'create-link-company'), 'onChange', false);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Checkbox, 'create-link-company').props.checked).toBe(false),
    );
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    expect(client.callsOf('ticket_create')[0]).toMatchObject({ linkPrimaryCompany: false });
  });

  it('does not offer it on a company (and sends nothing about it)', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client, 'companies');
    expect(renderer.maybeFindByTestId(Checkbox, 'create-link-company')).toBeNull();
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    expect(client.callsOf('ticket_create')[0]).not.toHaveProperty('linkPrimaryCompany');
  });
});

describe('New ticket refused by the portal for missing properties', () => {
  const effort = {
    name: 'effort_hours',
    label: 'Effort (hours)',
    type: 'number',
    fieldType: 'number',
    options: [],
  };

  it('asks for each missing property below the form, keeps the input, and one submit retries', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      propertiesRequired([resolutionProperty, effort], 'the new ticket'),
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    fire(renderer.findByTestId(Select, 'create-priority'), 'onChange', 'HIGH');
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'create-required-resolution')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Select, 'create-required-resolution').props.options).toEqual(
      resolutionProperty.options,
    );
    expect(renderer.findByTestId(NumberInput, 'create-required-effort_hours').props.label).toBe(
      'Effort (hours)',
    );
    expect(renderer.maybeFindByTestId(Alert, 'create-failure')).toBeNull();
    expect(renderer.findByTestId(Input, 'create-subject').props.value).toBe('Printer on fire');
    expect(renderer.findByTestId(Select, 'create-priority').props.value).toBe('HIGH');
    expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(true);

    fire(renderer.findByTestId(Select, 'create-required-resolution'), 'onChange', 'ISSUE_FIXED');
    fire(renderer.findByTestId(NumberInput, 'create-required-effort_hours'), 'onChange', 2.5);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'create-submit').props.disabled).toBe(false),
    );
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(2));
    const [first, retry] = client.callsOf('ticket_create');
    expect(first).not.toHaveProperty('extraProperties');
    expect(retry).toMatchObject({
      subject: 'Printer on fire',
      priority: 'HIGH',
      ownerId: '71',
      extraProperties: { resolution: 'ISSUE_FIXED', effort_hours: '2.5' },
    });
    // Same ticket, same attempt: a retry cannot make a twin.
    expect(retry?.clientRequestId).toBe(first?.clientRequestId);
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-99', 'ticket-1']),
    );
  });

  it('marks a required property the form already has (category) on that field instead', async () => {
    const category = {
      name: 'hs_ticket_category',
      label: 'Category',
      type: 'enumeration',
      fieldType: 'checkbox',
      options: [{ value: 'PRODUCT_ISSUE', label: 'Product issue' }],
    };
    const client = createFakeTicketsClient().enqueue(
      'ticket_create',
      propertiesRequired([category], 'the new ticket'),
      created('99', 'Printer on fire'),
    );
    const { renderer } = await openCreatePanel(client);
    submit(renderer);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(MultiSelect, 'create-categories').props.error).toBe(true),
    );
    expect(renderer.findByTestId(MultiSelect, 'create-categories').props.validationMessage).toBe(
      "Category is required by this portal's rules.",
    );
    expect(
      renderer.maybeFindByTestId(MultiSelect, 'create-required-hs_ticket_category'),
    ).toBeNull();

    fire(renderer.findByTestId(MultiSelect, 'create-categories'), 'onChange', ['PRODUCT_ISSUE']);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(MultiSelect, 'create-categories').props.error).toBe(false),
    );
    submit(renderer);
    await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(2));
    expect(client.callsOf('ticket_create')[1]).toMatchObject({ categories: ['PRODUCT_ISSUE'] });
    expect(client.callsOf('ticket_create')[1]).not.toHaveProperty('extraProperties');
  });
});
