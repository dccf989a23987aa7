import { Button, Checkbox, Input, Panel, Tile } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type {
  FunctionResult,
  RecordType,
  TicketCreateData,
  TicketFormOptionsData,
} from '../../contract';
import { resetLocale } from '../i18n/activeLocale';
import { TicketsCard } from '../TicketsCard';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard, testTiming } from '../testing/renderCard';
import { formOptions, listData, ticket } from '../testing/ticketFixtures';

/**
 * "Also link the contact's primary company" says which company (ticket_form_options'
 * `primaryCompany`), is not offered when the contact has none, and reads as before when
 * an older answer does not tell.
 */

const ACME = { id: '3001', name: 'Acme Inc.' };

function created(id: string, subject: string): FunctionResult<TicketCreateData> {
  const now = new Date().toISOString();
  return {
    ok: true,
    data: { ticket: ticket(id, { subject, createdAt: now, updatedAt: now }), deduplicated: false },
  };
}

function clientWith(options: Partial<TicketFormOptionsData>): FakeTicketsClient {
  return createFakeTicketsClient()
    .always('tickets_list', listData([ticket('1', { subject: 'Older ticket' })]))
    .always('ticket_form_options', formOptions(options))
    .enqueue('ticket_create', created('99', 'Printer on fire'));
}

type Renderer = ReturnType<typeof renderCard>['renderer'];

async function openCreatePanel(renderer: Renderer): Promise<void> {
  await renderer.waitFor(() => expect(renderer.findAll(Tile).length).toBeGreaterThan(0));
  renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
  renderer.findByTestId(Panel, 'create-ticket-panel').trigger('onOpen');
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Input, 'create-subject')).not.toBeNull(),
  );
  fire(renderer.findByTestId(Input, 'create-subject'), 'onInput', 'Printer on fire');
}

async function openOn(
  options: Partial<TicketFormOptionsData>,
  recordType: RecordType = 'contacts',
): Promise<{ renderer: Renderer; client: FakeTicketsClient }> {
  const client = clientWith(options);
  const { renderer } = renderCard(client, recordType);
  await openCreatePanel(renderer);
  return { renderer, client };
}

async function submitted(renderer: Renderer, client: FakeTicketsClient) {
  renderer.findByTestId(Button, 'create-submit').trigger('onClick');
  await renderer.waitFor(() => expect(client.callsOf('ticket_create')).toHaveLength(1));
  return client.callsOf('ticket_create')[0];
}

describe("New ticket on a contact: the contact's primary company", () => {
  it('names the company in the option, ticked by default, and links it', async () => {
    const { renderer, client } = await openOn({ primaryCompany: ACME });
    const box = renderer.findByTestId(Checkbox, 'create-link-company');
    expect(box.text).toBe("Also link Acme Inc. (the contact's primary company)");
    expect(box.props.checked).toBe(true);
    expect(await submitted(renderer, client)).toMatchObject({ linkPrimaryCompany: true });
  });

  it('links only the contact when the rep unticks the named company', async () => {
    const { renderer, client } = await openOn({ primaryCompany: ACME });
    fire(renderer.findByTestId(Checkbox, 'create-link-company'), 'onChange', false);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Checkbox, 'create-link-company').props.checked).toBe(false),
    );
    expect(await submitted(renderer, client)).toMatchObject({ linkPrimaryCompany: false });
  });

  it('offers nothing when the contact has no primary company, and asks for no link', async () => {
    const { renderer, client } = await openOn({ primaryCompany: null });
    expect(renderer.maybeFindByTestId(Checkbox, 'create-link-company')).toBeNull();
    expect(await submitted(renderer, client)).toMatchObject({ linkPrimaryCompany: false });
  });

  it('keeps the unnamed option when the answer does not tell (older function)', async () => {
    const { renderer, client } = await openOn({});
    const box = renderer.findByTestId(Checkbox, 'create-link-company');
    expect(box.text).toBe("Also link the contact's primary company");
    expect(box.props.checked).toBe(true);
    expect(await submitted(renderer, client)).toMatchObject({ linkPrimaryCompany: true });
  });

  it('on a company offers nothing and sends nothing about it', async () => {
    const { renderer, client } = await openOn({}, 'companies');
    expect(renderer.maybeFindByTestId(Checkbox, 'create-link-company')).toBeNull();
    expect(await submitted(renderer, client)).not.toHaveProperty('linkPrimaryCompany');
  });
});

describe('the named option in German', () => {
  afterEach(resetLocale);

  it("names the company in the rep's language", async () => {
    const client = clientWith({ primaryCompany: { id: '3002', name: 'Müller GmbH' } });
    const renderer = createRenderer('crm.record.sidebar');
    const { context } = renderer.mocks;
    renderer.render(
      <TicketsCard
        context={{
          ...context,
          user: { ...context.user, locale: 'de-de' },
          portal: { id: 456, timezone: 'Europe/Berlin' },
        }}
        actions={renderer.mocks.actions}
        recordType="contacts"
        client={client}
        timing={testTiming}
      />,
    );
    await openCreatePanel(renderer);
    expect(renderer.findByTestId(Checkbox, 'create-link-company').text).toBe(
      'Auch Müller GmbH zuordnen (das primäre Unternehmen des Kontakts)',
    );
  });
});
