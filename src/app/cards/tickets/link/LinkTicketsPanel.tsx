/**
 * "Link existing": search, tick one or more results, optionally pick an association
 * label, link. A bulk link can half-succeed: what failed is named, with the reason.
 */
import {
  Alert,
  Flex,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelSection,
  SearchInput,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import { useRef, useState } from 'react';
import type {
  AssociationLabelOption,
  FunctionError,
  TicketFormOptionsData,
  TicketSummary,
} from '../../contract';
import type { CardEnv } from '../cardEnv';
import { FormOptionsGate } from '../create/FormOptionsGate';
import { shortSubject } from '../format/shortSubject';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import { PanelSubmitFooter } from '../PanelSubmitFooter';
import { SearchResultTile } from './SearchResultTile';
import { SelectedTickets } from './SelectedTickets';
import { useTicketSearch } from './useTicketSearch';

export const LINK_PANEL_ID = 'link-tickets-panel';

interface Props {
  env: CardEnv;
  formOptions: FormOptions;
  searchDebounceMs: number;
  onLinked(tickets: TicketSummary[]): void;
}

interface FormProps extends Omit<Props, 'formOptions'> {
  options: TicketFormOptionsData;
  /** HubSpot renders a closed panel's content too: search only while it is open. */
  open: boolean;
}

interface ItemFailure {
  ticketId: string;
  subject: string;
  message: string;
}

const labelKey = (label: AssociationLabelOption) => `${label.category}:${label.typeId}`;

function LinkTicketsForm({ env, options, searchDebounceMs, onLinked, open }: FormProps) {
  const [query, setQuery] = useState('');
  const search = useTicketSearch(env, query, searchDebounceMs, open);
  // The ticked tickets, also from earlier searches, in the order ticked.
  const [selected, setSelected] = useState<TicketSummary[]>([]);
  const [labelValue, setLabelValue] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<FunctionError | null>(null);
  const [partial, setPartial] = useState<{ total: number; failed: ItemFailure[] } | null>(null);
  const [linkedNow, setLinkedNow] = useState<string[]>([]);
  const inFlight = useRef(false);

  const results = search.state.kind === 'ready' ? search.state.data.results : [];
  const subjectOf = (id: string) => shortSubject(selected.find((t) => t.id === id)?.subject ?? id);

  async function link() {
    if (inFlight.current || selected.length === 0) return;
    inFlight.current = true;
    setSending(true);
    setFailure(null);
    setPartial(null);
    const label = options.associationLabels.find((l) => labelKey(l) === labelValue);
    const result = await env.client.call('tickets_link', {
      recordType: env.recordType,
      portalId: env.portalId,
      ticketIds: selected.map((t) => t.id),
      ...(label ? { label: { typeId: label.typeId, category: label.category } } : {}),
    });
    inFlight.current = false;
    setSending(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const { results: outcomes, tickets } = result.data;
    const linked = outcomes.filter((o) => o.ok).map((o) => o.ticketId);
    const failed: ItemFailure[] = outcomes.flatMap((o) =>
      o.ok
        ? []
        : [{ ticketId: o.ticketId, subject: subjectOf(o.ticketId), message: o.error.message }],
    );
    if (tickets.length > 0) onLinked(tickets);
    setLinkedNow((ids) => [...ids, ...linked]);
    // Keep only what failed ticked, so "Link" again retries exactly those.
    setSelected((ticked) => ticked.filter((t) => failed.some((f) => f.ticketId === t.id)));
    setPartial(failed.length > 0 ? { total: outcomes.length, failed } : null);
    if (linked.length > 0) {
      env.actions.addAlert({
        type: 'success',
        title: strings.linkedTitle,
        message: strings.linked(linked.length),
      });
    }
    if (failed.length === 0) {
      setQuery('');
      env.actions.closeOverlay(LINK_PANEL_ID);
    }
  }

  const toggle = (ticket: TicketSummary, checked: boolean) =>
    setSelected((ticked) => {
      const rest = ticked.filter((t) => t.id !== ticket.id);
      return checked ? [...rest, ticket] : rest;
    });

  return (
    <>
      <PanelBody>
        <PanelSection>
          <Flex direction="column" gap="sm">
            <SearchInput
              label={strings.searchLabel}
              name="query"
              placeholder={strings.searchPlaceholder}
              value={query}
              onInput={setQuery}
              testId="link-search"
            />
            {search.state.kind === 'ready' && search.state.query === '' && (
              <Text format={{ fontWeight: 'demibold' }} testId="link-recent">
                {strings.recentTickets}
              </Text>
            )}
            {search.state.kind === 'searching' && (
              <LoadingSpinner label={strings.searching} testId="link-searching" />
            )}
            {search.state.kind === 'error' && (
              <Alert title={strings.linkFailedTitle} variant="error" testId="link-search-error">
                {search.state.error.message}
              </Alert>
            )}
            {search.state.kind === 'ready' && search.state.query !== '' && results.length === 0 && (
              <Text testId="link-no-results">{strings.noResults(search.state.query)}</Text>
            )}
            {results.map((result) => (
              <SearchResultTile
                key={result.id}
                result={result}
                checked={selected.some((t) => t.id === result.id)}
                alreadyLinked={result.linked || linkedNow.includes(result.id)}
                locale={env.locale}
                timeZone={env.timeZone}
                onToggle={(checked) => toggle(result, checked)}
              />
            ))}
            {search.state.kind === 'ready' && search.state.data.more && (
              <Text variant="microcopy">{strings.moreResults}</Text>
            )}
            <SelectedTickets
              tickets={selected}
              onRemove={(id) => setSelected((ticked) => ticked.filter((t) => t.id !== id))}
            />
            {options.associationLabels.length > 0 && (
              <Select
                label={strings.associationLabel}
                name="label"
                value={labelValue}
                options={[
                  { label: strings.noLabel, value: '' },
                  ...options.associationLabels.map((l) => ({ label: l.label, value: labelKey(l) })),
                ]}
                onChange={(value) => setLabelValue(String(value))}
                testId="link-label"
              />
            )}
            {failure && (
              <Alert title={strings.linkFailedTitle} variant="error" testId="link-failure">
                {failure.message}
              </Alert>
            )}
            {partial && (
              <Alert
                title={strings.partialFailureTitle(partial.failed.length, partial.total)}
                variant="warning"
                testId="link-partial"
              >
                {partial.failed.map((f) => (
                  <Text key={f.ticketId} testId={`link-failed-${f.ticketId}`}>
                    {strings.itemFailure(f.subject, f.message)}
                  </Text>
                ))}
              </Alert>
            )}
          </Flex>
        </PanelSection>
      </PanelBody>
      <PanelSubmitFooter
        actions={env.actions}
        panelId={LINK_PANEL_ID}
        name="link"
        submitLabel={sending ? strings.linking : strings.linkSubmit(selected.length)}
        disabled={sending || selected.length === 0}
        onSubmit={() => void link()}
      />
    </>
  );
}

export function LinkTicketsPanel({ env, formOptions, searchDebounceMs, onLinked }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Panel
      id={LINK_PANEL_ID}
      title={strings.linkTitle}
      width="sm"
      onOpen={() => {
        setOpen(true);
        void formOptions.ensure();
      }}
      onClose={() => setOpen(false)}
      testId={LINK_PANEL_ID}
    >
      <FormOptionsGate formOptions={formOptions} testId="link">
        {(options) => (
          <LinkTicketsForm
            open={open}
            env={env}
            options={options}
            searchDebounceMs={searchDebounceMs}
            onLinked={onLinked}
          />
        )}
      </FormOptionsGate>
    </Panel>
  );
}
