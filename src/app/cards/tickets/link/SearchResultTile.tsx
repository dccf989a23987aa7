/**
 * One search result, with what tells alike subjects apart: the ticket id, when it was
 * created, its stage and pipeline, and the contacts and companies it is linked to.
 */
import { Checkbox, Flex, StatusTag, Tag, Text, Tile } from '@hubspot/ui-extensions';
import { createdPhrase } from '../format/dates';
import { stageVariant } from '../format/tags';
import { strings } from '../strings';
import type { SearchResult } from './useTicketSearch';

interface Props {
  result: SearchResult;
  checked: boolean;
  alreadyLinked: boolean;
  locale: string;
  timeZone: string;
  onToggle(checked: boolean): void;
}

function linkedToLine(result: SearchResult, locale: string): string {
  const names = [...result.linkedTo.contacts, ...result.linkedTo.companies];
  if (names.length === 0) return strings.notLinkedAnywhere;
  return strings.linkedToNames(
    new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names),
  );
}

export function SearchResultTile({
  result,
  checked,
  alreadyLinked,
  locale,
  timeZone,
  onToggle,
}: Props) {
  const testId = `result-${result.id}`;
  return (
    <Tile compact testId={testId}>
      <Flex direction="column" gap="xs">
        <Checkbox
          name={`ticket-${result.id}`}
          value={result.id}
          checked={checked}
          readOnly={alreadyLinked}
          aria-label={strings.selectTicketNamed(result.subject)}
          onChange={(next) => onToggle(next)}
          testId={`${testId}-pick`}
        >
          <Text truncate={{ tooltipText: result.subject }}>{result.subject}</Text>
        </Checkbox>
        <Flex gap="xs" wrap align="center">
          <StatusTag variant={stageVariant(result.stage.state)} testId={`${testId}-stage`}>
            {result.stage.label}
          </StatusTag>
          <Text variant="microcopy" inline testId={`${testId}-pipeline`}>
            {result.pipeline.label}
          </Text>
          {alreadyLinked && <Tag testId={`${testId}-linked`}>{strings.alreadyLinked}</Tag>}
        </Flex>
        <Text variant="microcopy" testId={`${testId}-id`}>
          {strings.ticketNumber(result.id)}
        </Text>
        <Text variant="microcopy" testId={`${testId}-created`}>
          {createdPhrase(result.createdAt, locale, timeZone)}
        </Text>
        <Text variant="microcopy" truncate testId={`${testId}-linked-to`}>
          {linkedToLine(result, locale)}
        </Text>
      </Flex>
    </Tile>
  );
}
