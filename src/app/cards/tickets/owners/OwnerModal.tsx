/**
 * "Change owner" of one ticket: the owner picker with "Assign to me" beside it. The owners
 * come from ticket_form_options (loaded when the menu item is clicked, kept for the card).
 */
import { Button, Flex } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { TicketSummary } from '../../contract';
import { ActionModal } from '../actions/ActionModal';
import { useTicketUpdate } from '../actions/useTicketUpdate';
import type { CardEnv } from '../cardEnv';
import { FormOptionsGate } from '../create/FormOptionsGate';
import { shortSubject } from '../format/shortSubject';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import { chosenOwner, ownerChoice, OwnerSelect } from './OwnerSelect';

interface Props {
  env: CardEnv;
  ticket: TicketSummary;
  formOptions: FormOptions;
  onUpdated(tickets: TicketSummary[]): void;
}

export function ownerModalId(ticketId: string): string {
  return `owner-${ticketId}`;
}

export function OwnerModal({ env, ticket, formOptions, onUpdated }: Props) {
  const id = ownerModalId(ticket.id);
  const current = ownerChoice(ticket.owner?.id);
  const [owner, setOwner] = useState(current);
  const { busy, error, update } = useTicketUpdate(env, ticket, onUpdated);
  return (
    <ActionModal
      id={id}
      title={strings.changeOwner}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      canConfirm={formOptions.state.kind === 'ready' && owner !== current}
      actions={env.actions}
      onConfirm={() =>
        void update(
          { ownerId: chosenOwner(owner) },
          (t) =>
            t.owner
              ? strings.ownerChanged(shortSubject(t.subject), t.owner.name)
              : strings.ownerRemoved(shortSubject(t.subject)),
          id,
        )
      }
    >
      <FormOptionsGate formOptions={formOptions} testId={id}>
        {(options) => (
          <Flex direction="column" gap="xs">
            <OwnerSelect
              value={owner}
              owners={options.owners}
              onChange={setOwner}
              testId={`${id}-select`}
            />
            {options.currentOwnerId && (
              <Button
                size="xs"
                variant="transparent"
                disabled={owner === options.currentOwnerId}
                onClick={() => setOwner(options.currentOwnerId ?? owner)}
                testId={`${id}-me`}
              >
                {strings.assignToMe}
              </Button>
            )}
          </Flex>
        )}
      </FormOptionsGate>
    </ActionModal>
  );
}
