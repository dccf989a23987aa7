import { Alert, Button, Input, Select, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { RequiredProperty, TicketSummary } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderWithPageSelected } from '../testing/selectPage';
import {
  failure,
  propertiesRequired,
  resolutionProperty,
  ticket,
  updateOutcomes,
} from '../testing/ticketFixtures';

/**
 * "Change stage" where the portal's rules want an approver before some tickets may move to
 * "Waiting on contact": the modal closes, the bulk bar asks once for the tickets refused,
 * the answer moves just those to the same stage, and anything still refused is named.
 */

const approvalProperty: RequiredProperty = {
  name: 'approved_by',
  label: 'Approved by',
  type: 'string',
  fieldType: 'text',
  options: [],
};
const waiting = { id: '2', label: 'Waiting on contact', state: 'OPEN' as const };
const jam = ticket('21', { subject: 'Printer jam' });
const login = ticket('22', { subject: 'Login slow' });
const refund = ticket('23', { subject: 'Refund please' });
const moved = (t: TicketSummary): TicketSummary => ({ ...t, stage: waiting });
const closed = (t: TicketSummary): TicketSummary => ({
  ...t,
  stage: { id: '4', label: 'Closed', state: 'CLOSED' },
  closedAt: new Date().toISOString(),
});

const needsApproval = (id: string) => propertiesRequired([approvalProperty], `ticket ${id}`).error;
const needsResolution = (id: string) =>
  propertiesRequired([resolutionProperty], `ticket ${id}`).error;

function selectAll(client: FakeTicketsClient) {
  return renderWithPageSelected(client, [jam, login, refund]);
}

/** Every ticket ticked, then "Change stage" to "Waiting on contact" confirmed in its modal. */
async function moveAllToWaiting(client: FakeTicketsClient) {
  const card = await selectAll(client);
  const { renderer } = card;
  await renderer.waitFor(() =>
    expect(renderer.findByTestId(Button, 'bulk-stage').props.disabled).toBe(false),
  );
  fire(renderer.findByTestId(Select, 'bulk-stage-modal-select'), 'onChange', '2');
  await renderer.waitFor(() =>
    expect(renderer.findByTestId(Button, 'bulk-stage-modal-confirm').props.disabled).toBe(false),
  );
  renderer.findByTestId(Button, 'bulk-stage-modal-confirm').trigger('onClick');
  return card;
}

type Renderer = Awaited<ReturnType<typeof selectAll>>['renderer'];

const stageOf = (renderer: Renderer, id: string) =>
  renderer.findByTestId(StatusTag, `ticket-${id}-stage`).text;

async function answerApproval(renderer: Renderer, value: string) {
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Input, 'bulk-required-approved_by')).not.toBeNull(),
  );
  fire(renderer.findByTestId(Input, 'bulk-required-approved_by'), 'onInput', value);
  await renderer.waitFor(() =>
    expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(false),
  );
  renderer.findByTestId(Button, 'bulk-required-submit').trigger('onClick');
}

describe('bulk stage change refused for a required property', () => {
  it('asks once for the refused tickets, moves just those with the answer, and can undo it', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [moved(jam)],
        [
          { ticketId: '22', error: needsApproval('22') },
          { ticketId: '23', error: needsApproval('23') },
        ],
      ),
      updateOutcomes([moved(login), moved(refund)], []),
      // The undo: back to "New".
      updateOutcomes([login, refund], []),
    );
    const { renderer } = await moveAllToWaiting(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Input, 'bulk-required-approved_by')).not.toBeNull(),
    );
    // The modal closed; the question is in the bulk bar, once for both refused tickets.
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['bulk-stage-modal']]);
    expect(renderer.findAll(Input).filter((i) => i.props.name === 'approved_by')).toHaveLength(1);
    expect(renderer.findByTestId(Text, 'bulk-required-body').text).toBe(
      "This account's rules need these details to move 2 tickets to the new stage. Your answers apply to all of them.",
    );
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Move 2 tickets');
    expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(true);
    expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).toBeNull();
    // The one moved at once shows its new stage; the two asked about stay as they were, selected.
    expect(stageOf(renderer, '21')).toBe('Waiting on contact');
    expect(stageOf(renderer, '22')).toBe('New');
    expect(stageOf(renderer, '23')).toBe('New');
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('2 selected');
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('Stage of 1 ticket changed.');

    await answerApproval(renderer, 'Grace Hopper');
    await renderer.waitFor(() => expect(stageOf(renderer, '23')).toBe('Waiting on contact'));
    expect(stageOf(renderer, '22')).toBe('Waiting on contact');
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '22', '23'], stageId: '2' },
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['22', '23'],
        stageId: '2',
        extraProperties: { approved_by: 'Grace Hopper' },
      },
    ]);
    expect(renderer.maybeFindByTestId(Button, 'bulk-required-submit')).toBeNull();
    expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).toBeNull();

    // Undo puts the answered tickets back in the stage they were in.
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('Stage of 2 tickets changed.');
    renderer.findByTestId(Button, 'undo').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_update')).toHaveLength(3));
    expect(client.callsOf('ticket_update')[2]).toEqual({
      recordType: 'contacts',
      portalId: 456,
      ticketIds: ['22', '23'],
      stageId: '1',
    });
    await renderer.waitFor(() => expect(stageOf(renderer, '22')).toBe('New'));
    expect(stageOf(renderer, '23')).toBe('New');
  });

  it('asks for every selected ticket when HubSpot refused the whole batch', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      propertiesRequired([approvalProperty], 'ticket 21, 22, 23'),
      updateOutcomes([moved(jam), moved(login), moved(refund)], []),
    );
    const { renderer } = await moveAllToWaiting(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Button, 'bulk-required-submit')).not.toBeNull(),
    );
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['bulk-stage-modal']]);
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Move 3 tickets');
    expect(renderer.maybeFindByTestId(Alert, 'bulk-failure')).toBeNull();
    expect(renderer.maybeFindByTestId(Alert, 'bulk-stage-modal-error')).toBeNull();
    expect(stageOf(renderer, '21')).toBe('New');

    await answerApproval(renderer, 'Ada');
    await renderer.waitFor(() => expect(stageOf(renderer, '21')).toBe('Waiting on contact'));
    expect(client.callsOf('ticket_update')[1]).toEqual({
      recordType: 'contacts',
      portalId: 456,
      ticketIds: ['21', '22', '23'],
      stageId: '2',
      extraProperties: { approved_by: 'Ada' },
    });
    expect(stageOf(renderer, '23')).toBe('Waiting on contact');
  });

  it('names each ticket that still fails after the answer, and why', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [],
        [
          { ticketId: '22', error: needsApproval('22') },
          { ticketId: '23', error: needsApproval('23') },
        ],
      ),
      updateOutcomes(
        [moved(login)],
        [
          {
            ticketId: '23',
            error: failure('NOT_LINKED', 'Ticket 23 is not linked to this record.').error,
          },
        ],
      ),
    );
    const { renderer } = await moveAllToWaiting(client);
    await answerApproval(renderer, 'Grace Hopper');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Text, 'bulk-failed-23').text).toContain('Refund please');
    expect(renderer.findByTestId(Text, 'bulk-failed-23').text).toContain(
      'Ticket 23 is not linked to this record.',
    );
    expect(renderer.maybeFindByTestId(Text, 'bulk-failed-22')).toBeNull();
    expect(renderer.maybeFindByTestId(Button, 'bulk-required-submit')).toBeNull();
    expect(stageOf(renderer, '22')).toBe('Waiting on contact');
    expect(stageOf(renderer, '23')).toBe('New');
    // The refused one stays selected for another try.
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('1 selected');
    expect(client.callsOf('ticket_update')[1]).toEqual({
      recordType: 'contacts',
      portalId: 456,
      ticketIds: ['22', '23'],
      stageId: '2',
      extraProperties: { approved_by: 'Grace Hopper' },
    });
  });

  it('keeps the question and what was typed when the answer fails, so it can be sent again', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [moved(jam)],
        [
          { ticketId: '22', error: needsApproval('22') },
          { ticketId: '23', error: needsApproval('23') },
        ],
      ),
      failure('CONFLICT', 'HubSpot refused the change because of the tickets’ current state.'),
      updateOutcomes([moved(login), moved(refund)], []),
    );
    const { renderer } = await moveAllToWaiting(client);
    await answerApproval(renderer, 'Grace Hopper');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'bulk-failure')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Alert, 'bulk-failure').text).toContain(
      'HubSpot refused the change because of the tickets’ current state.',
    );
    expect(renderer.findByTestId(Input, 'bulk-required-approved_by').props.value).toBe(
      'Grace Hopper',
    );
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Move 2 tickets');
    expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(false);
    expect(stageOf(renderer, '22')).toBe('New');

    renderer.findByTestId(Button, 'bulk-required-submit').trigger('onClick');
    await renderer.waitFor(() => expect(stageOf(renderer, '22')).toBe('Waiting on contact'));
    expect(client.callsOf('ticket_update').slice(1)).toEqual([
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['22', '23'],
        stageId: '2',
        extraProperties: { approved_by: 'Grace Hopper' },
      },
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['22', '23'],
        stageId: '2',
        extraProperties: { approved_by: 'Grace Hopper' },
      },
    ]);
    expect(renderer.maybeFindByTestId(Alert, 'bulk-failure')).toBeNull();
  });

  it('a close after a stage question asks about the close, and its answer closes', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [moved(jam)],
        [
          { ticketId: '22', error: needsApproval('22') },
          { ticketId: '23', error: needsApproval('23') },
        ],
      ),
      updateOutcomes(
        [],
        [
          { ticketId: '22', error: needsResolution('22') },
          { ticketId: '23', error: needsResolution('23') },
        ],
      ),
      updateOutcomes([closed(login), closed(refund)], []),
    );
    const { renderer } = await moveAllToWaiting(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Move 2 tickets'),
    );
    renderer.findByTestId(Button, 'bulk-close').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'bulk-required-resolution')).not.toBeNull(),
    );
    // The stage question is gone: the close asks only what the close needs, in its own words.
    expect(renderer.maybeFindByTestId(Input, 'bulk-required-approved_by')).toBeNull();
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Close 2 tickets');
    expect(renderer.findByTestId(Text, 'bulk-required-body').text).toBe(
      "This account's rules need these details to close 2 tickets. Your answers apply to all of them.",
    );

    fire(renderer.findByTestId(Select, 'bulk-required-resolution'), 'onChange', 'ISSUE_FIXED');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'bulk-required-submit').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_update')).toHaveLength(3));
    expect(client.callsOf('ticket_update').slice(1)).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['22', '23'], close: true },
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['22', '23'],
        close: true,
        extraProperties: { resolution: 'ISSUE_FIXED' },
      },
    ]);
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-21']),
    );
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('2 tickets closed.');
  });

  it('a priority change refused for a rule still keeps its modal open with the reason', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      propertiesRequired([approvalProperty], 'ticket 21, 22, 23'),
    );
    const { renderer } = await selectAll(client);
    fire(renderer.findByTestId(Select, 'bulk-priority-modal-select'), 'onChange', 'HIGH');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'bulk-priority-modal-select').props.value).toBe('HIGH'),
    );
    renderer.findByTestId(Button, 'bulk-priority-modal-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'bulk-priority-modal-error')).not.toBeNull(),
    );
    expect(renderer.maybeFindByTestId(Button, 'bulk-required-submit')).toBeNull();
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([]);
  });
});
