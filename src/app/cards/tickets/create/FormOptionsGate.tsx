/** Shows the lazily loaded form options' loading and error states; renders children once ready. */
import { Button, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { TicketFormOptionsData } from '../../contract';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';

interface Props {
  formOptions: FormOptions;
  testId: string;
  children(options: TicketFormOptionsData): ReactNode;
}

export function FormOptionsGate({ formOptions, testId, children }: Props) {
  const { state } = formOptions;
  if (state.kind === 'ready') return <>{children(state.options)}</>;
  if (state.kind === 'error') {
    return (
      <ErrorState title={strings.optionsFailedTitle} testId={`${testId}-options-error`}>
        <Text>{state.error.message}</Text>
        <Button onClick={() => void formOptions.ensure()} testId={`${testId}-options-retry`}>
          {strings.tryAgain}
        </Button>
      </ErrorState>
    );
  }
  return <LoadingSpinner label={strings.optionsLoading} testId={`${testId}-options-loading`} />;
}
