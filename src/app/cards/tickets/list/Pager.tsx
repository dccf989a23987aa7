/**
 * Prev / Next over cursor pages, with "Page X of Y" from the function's total (HubSpot
 * pages by cursor, so Prev walks back through the cursors it gave before).
 */
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import { strings } from '../strings';

interface Props {
  pageIndex: number;
  pageSize: number;
  /** Tickets matching the view, all pages. */
  total: number;
  nextCursor: string | null;
  onPrevious(): void;
  onNext(cursor: string): void;
}

export function Pager({ pageIndex, pageSize, total, nextCursor, onPrevious, onNext }: Props) {
  const pages = Math.max(pageIndex + 1, Math.ceil(total / pageSize));
  return (
    <Flex direction="column" gap="xs" testId="pager">
      <Text variant="microcopy" testId="total">
        {strings.totalTickets(total)}
      </Text>
      {(pageIndex > 0 || nextCursor) && (
        <Flex justify="between" align="center">
          <Button
            size="xs"
            variant="secondary"
            disabled={pageIndex === 0}
            onClick={onPrevious}
            testId="prev-page"
          >
            {strings.previousPage}
          </Button>
          <Text variant="microcopy" testId="page-number">
            {strings.pageOf(pageIndex + 1, pages)}
          </Text>
          <Button
            size="xs"
            variant="secondary"
            disabled={!nextCursor}
            onClick={() => {
              if (nextCursor) onNext(nextCursor);
            }}
            testId="next-page"
          >
            {strings.nextPage}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
