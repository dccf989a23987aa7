/**
 * One ticket as a compact tile: (in "Select" mode) a checkbox inline before the subject,
 * the subject link and the actions menu on the first line; stage and priority tags; the
 * pipeline; where it comes from; its dates. Each part is its own component in row/, so
 * other parts (owner, labels) slot in without touching the rest.
 */
import { Flex, Text, Tile } from '@hubspot/ui-extensions';
import type { Option, PipelineInfo, TicketSummary } from '../../contract';
import { TicketActions, type TicketChanges } from '../actions/TicketActions';
import type { CardEnv } from '../cardEnv';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import { RowDates } from './row/RowDates';
import { RowOwner } from './row/RowOwner';
import { RowSelect, type RowSelection } from './row/RowSelect';
import { RowSubject } from './row/RowSubject';
import { RowTags } from './row/RowTags';

interface Props extends TicketChanges {
  env: CardEnv;
  ticket: TicketSummary;
  pipelines: PipelineInfo[];
  priorities: Option[];
  /** Owners and the user's owner id, for the owner changes of the row's menu. */
  formOptions: FormOptions;
  /** Present in "Select" mode. */
  selection?: RowSelection;
  /** The user's owner id from the list answer; undefined = not known. */
  currentOwnerId?: string | null;
}

export function TicketRow({
  env,
  ticket,
  pipelines,
  priorities,
  formOptions,
  onUpdated,
  onRemoved,
  onUndoable,
  selection,
  currentOwnerId,
}: Props) {
  const testId = `ticket-${ticket.id}`;
  return (
    <Tile compact testId={testId}>
      <Flex direction="column" gap="xs">
        <Flex justify="between" align="start" gap="xs">
          <Flex align="center" gap="xs">
            {selection && <RowSelect ticket={ticket} selection={selection} />}
            <RowSubject
              ticket={ticket}
              portalId={env.portalId}
              locale={env.locale}
              timeZone={env.timeZone}
              testId={testId}
            />
          </Flex>
          <TicketActions
            env={env}
            ticket={ticket}
            pipelines={pipelines}
            priorities={priorities}
            formOptions={formOptions}
            onUpdated={onUpdated}
            onRemoved={onRemoved}
            onUndoable={onUndoable}
            currentOwnerId={currentOwnerId}
          />
        </Flex>
        <RowTags ticket={ticket} testId={testId} />
        <RowOwner ticket={ticket} testId={testId} />
        {pipelines.length > 1 && (
          <Text variant="microcopy" testId={`${testId}-pipeline`}>
            {ticket.pipeline.label}
          </Text>
        )}
        {ticket.viaContact && (
          <Text variant="microcopy" testId={`${testId}-via`}>
            {strings.viaContact(ticket.viaContact.name)}
          </Text>
        )}
        {ticket.viaContact && selection && (
          <Text variant="microcopy" testId={`${testId}-rolled-up-note`}>
            {strings.rolledUpNote}
          </Text>
        )}
        <RowDates ticket={ticket} locale={env.locale} timeZone={env.timeZone} testId={testId} />
      </Flex>
    </Tile>
  );
}
