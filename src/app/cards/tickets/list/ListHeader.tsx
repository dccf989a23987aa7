/**
 * Counts, total, filters (state, text, priority), sort, roll-up toggle, refresh and a link
 * to the portal's own tickets view, stacked to fit a narrow sidebar.
 */
import { Button, Flex, Link, MultiSelect, Select, Text, Toggle } from '@hubspot/ui-extensions';
import type { TicketFilter, TicketSort } from '../../contract';
import type { ListMeta, ListQuery } from '../state/ticketsListState';
import { strings } from '../strings';
import { TextFilter } from './TextFilter';

interface Props {
  query: ListQuery;
  meta: ListMeta | null;
  showRollUp: boolean;
  /** "View all in HubSpot". */
  viewAllUrl: string;
  searchDebounceMs: number;
  onFilter(filter: TicketFilter): void;
  onSort(sort: TicketSort): void;
  onText(text: string): void;
  onPriorities(priorities: string[]): void;
  onMine(mine: boolean): void;
  onRollUp(include: boolean): void;
  onRefresh(): void;
}

// Functions, not constants: `strings` is the user's language only once the card has started.
const filterOptions = (): { label: string; value: TicketFilter }[] => [
  { label: strings.filterOpen, value: 'open' },
  { label: strings.filterClosed, value: 'closed' },
  { label: strings.filterAll, value: 'all' },
];

const sortOptions = (): { label: string; value: TicketSort }[] => [
  { label: strings.sortNewest, value: 'newest' },
  // The oldest open tickets first: the ones waiting longest for an answer.
  { label: strings.sortOldest, value: 'oldest' },
  { label: strings.sortUpdated, value: 'updated' },
  { label: strings.sortPriority, value: 'priority' },
];

function pick<T extends string>(options: { value: T }[], value: unknown): T | undefined {
  return options.find((o) => o.value === value)?.value;
}

export function ListHeader({
  query,
  meta,
  showRollUp,
  viewAllUrl,
  searchDebounceMs,
  onFilter,
  onSort,
  onText,
  onPriorities,
  onMine,
  onRollUp,
  onRefresh,
}: Props) {
  const rolledUpNothing = query.includeContactTickets && meta?.rollUp?.addedTickets === 0;
  return (
    <Flex direction="column" gap="xs">
      <Flex justify="between" align="center" wrap>
        <Text format={{ fontWeight: 'demibold' }} testId="counts">
          {meta ? strings.counts(meta.counts.open, meta.counts.closed) : ''}
        </Text>
        <Button variant="transparent" size="xs" onClick={onRefresh} testId="refresh">
          {strings.refresh}
        </Button>
      </Flex>
      <Link href={{ url: viewAllUrl, external: true }} testId="view-all">
        {strings.viewAllInHubSpot}
      </Link>
      <Flex gap="xs" wrap>
        <Select
          label={strings.filterLabel}
          name="filter"
          variant="transparent"
          value={query.filter}
          options={filterOptions()}
          onChange={(value) => {
            const filter = pick(filterOptions(), value);
            if (filter) onFilter(filter);
          }}
          testId="filter"
        />
        <Select
          label={strings.sortLabel}
          name="sort"
          variant="transparent"
          value={query.sort}
          options={sortOptions()}
          onChange={(value) => {
            const sort = pick(sortOptions(), value);
            if (sort) onSort(sort);
          }}
          testId="sort"
        />
      </Flex>
      <TextFilter value={query.text} debounceMs={searchDebounceMs} onChange={onText} />
      {meta && meta.priorities.length > 0 && (
        <MultiSelect
          label={strings.priorityLabel}
          name="priorities"
          placeholder={strings.anyPriority}
          value={query.priorities}
          options={meta.priorities}
          onChange={(values) => onPriorities(values.map(String))}
          testId="priority-filter"
        />
      )}
      <Toggle
        label={strings.assignedToMe}
        labelDisplay="inline"
        size="xs"
        checked={query.mine}
        onChange={onMine}
        testId="assigned-to-me"
      />
      {showRollUp && (
        <Toggle
          label={strings.includeContactTickets}
          labelDisplay="inline"
          size="xs"
          checked={query.includeContactTickets}
          onChange={onRollUp}
          testId="rollup"
        />
      )}
      {rolledUpNothing && (
        <Text variant="microcopy" testId="rollup-nothing">
          {strings.rollUpAddedNothing}
        </Text>
      )}
      {meta?.notice && (
        <Text variant="microcopy" testId="list-notice">
          {meta.notice}
        </Text>
      )}
    </Flex>
  );
}
