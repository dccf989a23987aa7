/** A small modal with a cancel and a confirm button; the error of a failed try stays inside it. */
import { Alert, Button, Flex, Modal, ModalBody, ModalFooter } from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { FunctionError } from '../../contract';
import type { CardActions } from '../cardEnv';
import { errorTitles, strings } from '../strings';

interface Props {
  id: string;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  error: FunctionError | null;
  canConfirm?: boolean;
  actions: CardActions;
  onConfirm(): void;
  children: ReactNode;
}

export function ActionModal(props: Props) {
  const {
    id,
    title,
    confirmLabel,
    danger = false,
    busy,
    error,
    canConfirm = true,
    actions,
  } = props;
  return (
    <Modal id={id} title={title} width="sm" variant={danger ? 'danger' : 'default'} testId={id}>
      <ModalBody>
        <Flex direction="column" gap="sm">
          {props.children}
          {error && (
            <Alert title={errorTitles[error.code]} variant="error" testId={`${id}-error`}>
              {error.message}
            </Alert>
          )}
        </Flex>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="secondary"
          onClick={() => actions.closeOverlay(id)}
          testId={`${id}-cancel`}
        >
          {strings.cancel}
        </Button>
        <Button
          variant={danger ? 'destructive' : 'primary'}
          disabled={busy || !canConfirm}
          onClick={props.onConfirm}
          testId={`${id}-confirm`}
        >
          {confirmLabel}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
