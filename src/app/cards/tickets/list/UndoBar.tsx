/** The inline "… is closed. Undo" line under the header, shown for a few seconds. */
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import type { Undo } from '../actions/useUndo';
import { strings } from '../strings';

export function UndoBar({ undo }: { undo: Undo }) {
  if (!undo.offer) return null;
  return (
    <Flex justify="between" align="center" gap="xs" testId="undo-bar">
      <Text variant="microcopy" truncate testId="undo-message">
        {undo.offer.message}
      </Text>
      <Button size="xs" variant="secondary" disabled={undo.busy} onClick={undo.undo} testId="undo">
        {strings.undo}
      </Button>
    </Flex>
  );
}
