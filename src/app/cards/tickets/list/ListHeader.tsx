/** Counts, filter, sort, roll-up toggle and refresh, stacked to fit a narrow sidebar. */
import { Button, Flex, Select, Text, Toggle } from '@hubspot/ui-extensions';
import type { TicketFilter, TicketSort } from '../../contract';
import type { ListMeta, ListQuery } from '../state/ticketsListState';
import { strings } from '../strings';

interface Props {
  query: ListQuery;
  meta: ListMeta | null;
  showRollUp: boolean;
  onFilter(filter: TicketFilter): void;
  onSort(sort: TicketSort): void;
  onRollUp(include: boolean): void;
  onRefresh(): void;
}

const filterOptions: Array<{ label: string; value: TicketFilter }> = [
  { label: strings.filterOpen, value: 'open' },
  { label: strings.filterClosed, value: 'closed' },
  { label: strings.filterAll, value: 'all' },
];

const sortOptions: Array<{ label: string; value: TicketSort }> = [
  { label: strings.sortNewest, value: 'newest' },
  { label: strings.sortUpdated, value: 'updated' },
  { label: strings.sortPriority, value: 'priority' },
];

function pick<T extends string>(options: Array<{ value: T }>, value: unknown): T | undefined {
  return options.find((o) => o.value === value)?.value;
}

export function ListHeader({
  query,
  meta,
  showRollUp,
  onFilter,
  onSort,
  onRollUp,
  onRefresh,
}: Props) {
  return (
    <Flex direction="column" gap="xs">
      <Flex justify="between" align="center">
        <Text format={{ fontWeight: 'demibold' }} testId="counts">
          {meta ? strings.counts(meta.counts.open, meta.counts.closed) : ''}
        </Text>
        <Button variant="transparent" size="xs" onClick={onRefresh} testId="refresh">
          {strings.refresh}
        </Button>
      </Flex>
      <Flex gap="xs" wrap>
        <Select
          label={strings.filterLabel}
          name="filter"
          variant="transparent"
          value={query.filter}
          options={filterOptions}
          onChange={(value) => {
            const filter = pick(filterOptions, value);
            if (filter) onFilter(filter);
          }}
          testId="filter"
        />
        <Select
          label={strings.sortLabel}
          name="sort"
          variant="transparent"
          value={query.sort}
          options={sortOptions}
          onChange={(value) => {
            const sort = pick(sortOptions, value);
            if (sort) onSort(sort);
          }}
          testId="sort"
        />
      </Flex>
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
    </Flex>
  );
}
