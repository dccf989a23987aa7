/**
 * The Tickets card shared by the contact and company sidebars. First paint is one
 * function call (`tickets_list`); form options load only when a panel first opens.
 */
import { Button, EmptyState, ErrorState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { CrmContext } from '@hubspot/ui-extensions';
import { useMemo } from 'react';
import type { RecordType, TicketSummary } from '../contract';
import { useUndo } from './actions/useUndo';
import type { CardActions, CardEnv } from './cardEnv';
import type { TicketsClient } from './client/ticketsClient';
import { CreateTicketPanel } from './create/CreateTicketPanel';
import { ticketsViewUrl } from './format/ticketUrl';
import { LinkTicketsPanel } from './link/LinkTicketsPanel';
import { BulkBar } from './list/BulkBar';
import { ListHeader } from './list/ListHeader';
import { Pager } from './list/Pager';
import { RetryNotice } from './list/RetryNotice';
import { TicketRow } from './list/TicketRow';
import { UndoBar } from './list/UndoBar';
import { hasSearchFilter, pageIndex, PAGE_SIZE } from './state/ticketsListState';
import { useFormOptions } from './state/useFormOptions';
import { useSelection } from './state/useSelection';
import { defaultRetryPolicy, useTicketsList, type RetryPolicy } from './state/useTicketsList';
import { activateLocale } from './i18n/activeLocale';
import { strings } from './strings';

export interface CardTiming {
  searchDebounceMs: number;
  retryPolicy: RetryPolicy;
  /** How long "Undo" stays offered after a close or an unlink. */
  undoMs: number;
}

const defaultTiming: CardTiming = {
  searchDebounceMs: 300,
  retryPolicy: defaultRetryPolicy,
  undoMs: 8_000,
};

export interface TicketsCardProps {
  context: CrmContext;
  actions: CardActions;
  recordType: RecordType;
  client: TicketsClient;
  /** Tests and the preview shorten the waits; HubSpot uses the defaults. */
  timing?: Partial<CardTiming>;
}

export function TicketsCard({ context, actions, recordType, client, timing }: TicketsCardProps) {
  const { searchDebounceMs, retryPolicy, undoMs } = { ...defaultTiming, ...timing };
  const portalId = context.portal.id;
  const userId = context.user.id;
  const userEmail = context.user.email;
  const currentUser = useMemo(() => ({ userId, email: userEmail }), [userId, userEmail]);
  const env: CardEnv = useMemo(
    () => ({
      client,
      recordType,
      portalId,
      actions,
      locale: activateLocale(context.user.locale),
      timeZone: context.portal.timezone,
      currentUser,
    }),
    [
      client,
      recordType,
      portalId,
      actions,
      context.user.locale,
      context.portal.timezone,
      currentUser,
    ],
  );
  const list = useTicketsList({ client, recordType, portalId, retryPolicy, currentUser });
  const formOptions = useFormOptions(client, recordType, portalId, currentUser);
  const { state, applyChange } = list;
  const selection = useSelection();

  // A bulk action may change ticked tickets of other pages: the counts and total cover
  // them too, so the list asks HubSpot again rather than guess.
  const offPage = (ids: string[]) => {
    const shown = state.view.kind === 'ready' ? state.view.tickets : [];
    return ids.some((id) => !shown.some((t) => t.id === id));
  };
  const added = (tickets: TicketSummary[]) => applyChange({ type: 'ticketsAdded', tickets });
  const updated = (tickets: TicketSummary[]) => {
    applyChange({ type: 'ticketsUpdated', tickets });
    selection.refresh(tickets);
    if (offPage(tickets.map((t) => t.id))) void list.refresh();
  };
  const removed = (ticketIds: string[]) => {
    applyChange({ type: 'ticketsRemoved', ticketIds });
    selection.drop(ticketIds);
    if (offPage(ticketIds)) void list.refresh();
  };
  const undo = useUndo({
    env,
    formOptions,
    visibleMs: undoMs,
    // Back in the view (e.g. reopened in Open) means off this page until HubSpot places it.
    onRestored: updated,
    onRelinked: added,
  });
  const changes = {
    onUpdated: updated,
    onRemoved: (ticketId: string) => removed([ticketId]),
    onUndoable: undo.show,
  };

  // Each panel has exactly one opener at a time (two copies of a Panel would clash),
  // so the empty state takes the buttons over from the header.
  const openers = (
    <Flex gap="xs" wrap>
      <Button
        size="xs"
        variant="primary"
        onClick={() => void formOptions.ensure()}
        overlay={
          <CreateTicketPanel env={env} formOptions={formOptions} onCreated={(t) => added([t])} />
        }
        testId="new-ticket"
      >
        {strings.newTicket}
      </Button>
      <Button
        size="xs"
        variant="secondary"
        onClick={() => void formOptions.ensure()}
        overlay={
          <LinkTicketsPanel
            env={env}
            formOptions={formOptions}
            searchDebounceMs={searchDebounceMs}
            onLinked={added}
          />
        }
        testId="link-existing"
      >
        {strings.linkExisting}
      </Button>
    </Flex>
  );

  const { view, query, retry } = state;
  const isEmpty =
    view.kind === 'ready' &&
    view.tickets.length === 0 &&
    pageIndex(query) === 0 &&
    !hasSearchFilter(query);
  const pipelines = state.meta?.pipelines ?? [];
  const priorities = state.meta?.priorities ?? [];
  // Bulk actions change only the record's own tickets, not rolled-up ones of its contacts.
  const selectable = view.kind === 'ready' ? view.tickets.filter((t) => !t.viaContact) : [];
  const sampleUrl = view.kind === 'ready' ? view.tickets[0]?.url : null;

  return (
    <Flex direction="column" gap="sm">
      <ListHeader
        query={query}
        meta={state.meta}
        showRollUp={recordType === 'companies'}
        viewAllUrl={ticketsViewUrl(portalId, sampleUrl)}
        searchDebounceMs={searchDebounceMs}
        onFilter={list.setFilter}
        onSort={list.setSort}
        onText={list.setText}
        onPriorities={list.setPriorities}
        onMine={list.setMine}
        onRollUp={list.setIncludeContactTickets}
        onRefresh={list.refresh}
      />
      {!isEmpty && openers}
      <UndoBar undo={undo} />
      {retry && <RetryNotice retry={retry} onRetryNow={list.retryNow} />}
      {state.staleError && (
        <ErrorState title={strings.refreshFailedTitle} testId="refresh-error">
          <Text>{state.staleError.message}</Text>
          <Button onClick={list.refresh} testId="refresh-retry">
            {strings.tryAgain}
          </Button>
        </ErrorState>
      )}
      {view.kind === 'loading' && !retry && (
        <LoadingSpinner
          label={view.slow ? strings.slowLoading : strings.loading}
          showLabel
          layout="centered"
          testId={view.slow ? 'slow' : 'loading'}
        />
      )}
      {view.kind === 'error' && (
        <ErrorState title={strings.errorTitle} testId="list-error">
          <Text>{view.error.message}</Text>
          {view.error.correlationId && (
            <Text variant="microcopy">{strings.referenceId(view.error.correlationId)}</Text>
          )}
          <Button onClick={list.refresh} testId="retry">
            {strings.tryAgain}
          </Button>
        </ErrorState>
      )}
      {isEmpty && (
        <EmptyState
          title={strings.emptyTitle}
          imageName="tickets"
          layout="vertical"
          flush
          testId="empty"
        >
          <Text>{strings.emptyBody[query.filter]}</Text>
          {openers}
        </EmptyState>
      )}
      {view.kind === 'ready' && !isEmpty && (
        <Flex direction="column" gap="xs" testId="ticket-list">
          {selectable.length + selection.selected.length > 0 && (
            <Flex justify="end">
              <Button
                size="xs"
                variant="transparent"
                onClick={selection.toggleMode}
                testId="select-mode"
              >
                {selection.active ? strings.selectDone : strings.selectMode}
              </Button>
            </Flex>
          )}
          {selection.active && (
            <BulkBar
              env={env}
              selected={selection.selected}
              selectable={selectable}
              pipelines={pipelines}
              priorities={priorities}
              formOptions={formOptions}
              onUpdated={updated}
              onRemoved={removed}
              onSettled={selection.keepOnly}
              onUndoable={undo.show}
              onSelectPage={() => selection.setMany(selectable, true)}
              onClear={selection.clear}
            />
          )}
          {view.tickets.length === 0 && <Text testId="no-matches">{strings.noMatches}</Text>}
          {view.tickets.map((ticket) => (
            <TicketRow
              key={ticket.id}
              env={env}
              ticket={ticket}
              pipelines={pipelines}
              priorities={priorities}
              formOptions={formOptions}
              currentOwnerId={state.meta?.currentOwnerId}
              {...changes}
              {...(selection.active
                ? {
                    selection: {
                      checked: selection.isSelected(ticket.id),
                      onChange: (checked: boolean) => selection.set(ticket, checked),
                    },
                  }
                : {})}
            />
          ))}
          <Pager
            pageIndex={pageIndex(query)}
            pageSize={PAGE_SIZE}
            total={state.meta?.total ?? view.tickets.length}
            nextCursor={view.nextCursor}
            onPrevious={list.previousPage}
            onNext={list.nextPage}
          />
        </Flex>
      )}
    </Flex>
  );
}
