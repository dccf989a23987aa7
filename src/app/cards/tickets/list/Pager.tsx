/** Prev / Next over cursor pages: HubSpot pages by cursor, so there is no page count. */
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import { strings } from '../strings';

interface Props {
  pageIndex: number;
  nextCursor: string | null;
  onPrevious(): void;
  onNext(cursor: string): void;
}

export function Pager({ pageIndex, nextCursor, onPrevious, onNext }: Props) {
  if (pageIndex === 0 && !nextCursor) return null;
  return (
    <Flex justify="between" align="center" testId="pager">
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
        {strings.pageNumber(pageIndex + 1)}
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
  );
}
