import { Button, PanelFooter } from '@hubspot/ui-extensions';
import type { CardActions } from './cardEnv';
import { strings } from './strings';

interface Props {
  actions: CardActions;
  panelId: string;
  /** Prefix of the buttons' test ids: `<name>-cancel`, `<name>-submit`. */
  name: string;
  submitLabel: string;
  disabled: boolean;
  onSubmit(): void;
}

/** Cancel closes the panel (keeping the draft in state); the primary button submits. */
export function PanelSubmitFooter({
  actions,
  panelId,
  name,
  submitLabel,
  disabled,
  onSubmit,
}: Props) {
  return (
    <PanelFooter>
      <Button
        variant="secondary"
        onClick={() => actions.closeOverlay(panelId)}
        testId={`${name}-cancel`}
      >
        {strings.cancel}
      </Button>
      <Button variant="primary" disabled={disabled} onClick={onSubmit} testId={`${name}-submit`}>
        {submitLabel}
      </Button>
    </PanelFooter>
  );
}
