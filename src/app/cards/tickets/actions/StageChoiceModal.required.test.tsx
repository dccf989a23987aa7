import { Alert, Button, Select, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { FunctionResult, TicketSummary, TicketUpdateData } from '../../contract';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  billingPipeline,
  failure,
  listData,
  propertiesRequired,
  resolutionProperty,
  supportPipeline,
  ticket,
} from '../testing/ticketFixtures';

/**
 * A close the portal's rules refuse (billing tickets need a resolution) is a question in
 * the same modal, not a failure: the resolution is asked with its options, the closed
 * stage picked stays, and one confirm retries with the answer.
 */

const invoice = ticket('21', {
  subject: 'Invoice wrong',
  pipeline: { id: '77', label: 'Billing' },
  stage: { id: '772', label: 'Invoice check', state: 'OPEN' },
});
const refunded = {
  ...invoice,
  stage: { id: '773', label: 'Refunded', state: 'CLOSED' as const },
  closedAt: new Date().toISOString(),
};

function updated(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

async function openClose(answers: FunctionResult<TicketUpdateData>[]) {
  const client = createFakeTicketsClient()
    .always('tickets_list', listData([invoice], { pipelines: [supportPipeline, billingPipeline] }))
    .enqueue('ticket_update', ...answers);
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
  fire(renderer.findByTestId(Select, 'close-21-select'), 'onChange', '773');
  await renderer.waitFor(() =>
    expect(renderer.findByTestId(Select, 'close-21-select').props.value).toBe('773'),
  );
  renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
  return { ...card, client };
}

describe('a close the portal refuses for a missing property', () => {
  it('asks for the property with its options, keeps the stage, and retries with the answer', async () => {
    const { renderer, client } = await openClose([
      propertiesRequired([resolutionProperty]),
      updated([refunded]),
    ]);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'close-21-required-resolution')).not.toBeNull(),
    );
    const question = renderer.findByTestId(Select, 'close-21-required-resolution');
    expect(question.props).toMatchObject({ label: 'Resolution', required: true, value: '' });
    expect(question.props.options).toEqual(resolutionProperty.options);
    // Asked, not failed: no error alert; the stage picked is still picked.
    expect(renderer.maybeFindByTestId(Alert, 'close-21-error')).toBeNull();
    expect(renderer.findByTestId(Select, 'close-21-select').props.value).toBe('773');
    expect(renderer.findByTestId(Button, 'close-21-confirm').props.disabled).toBe(true);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([]);

    fire(question, 'onChange', 'REFUND_ISSUED');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'close-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');

    // Closed, it leaves the Open view; the inline undo says so.
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Text, 'undo-message')?.text).toBe(
        '"Invoice wrong" is closed (Refunded).',
      ),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '773' },
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['21'],
        stageId: '773',
        extraProperties: { resolution: 'REFUND_ISSUED' },
      },
    ]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['close-21']]);
  });

  it('asks too when the refusal comes per ticket (HubSpot wrote nothing for it)', async () => {
    const refusal = propertiesRequired([resolutionProperty]);
    const { renderer } = await openClose([
      {
        ok: true,
        data: { results: [{ ticketId: '21', ok: false, error: refusal.error }], tickets: [] },
      },
    ]);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'close-21-required-resolution')).not.toBeNull(),
    );
    expect(renderer.findByTestId(StatusTag, 'ticket-21-stage').text).toBe('Invoice check');
  });

  it('shows a real failure of the retry as a failure, keeping the answer given', async () => {
    const { renderer } = await openClose([
      propertiesRequired([resolutionProperty]),
      failure('UNAVAILABLE', 'HubSpot is unavailable right now.'),
    ]);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'close-21-required-resolution')).not.toBeNull(),
    );
    fire(renderer.findByTestId(Select, 'close-21-required-resolution'), 'onChange', 'ISSUE_FIXED');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'close-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'close-21-error')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Alert, 'close-21-error').text).toContain('unavailable');
    expect(renderer.findByTestId(Select, 'close-21-required-resolution').props.value).toBe(
      'ISSUE_FIXED',
    );
  });
});
