/**
 * A bulk close or stage change the portal's rules refused for some tickets, as one question:
 * an input per missing property, answered once for all of them; "Close N tickets" (or
 * "Move N tickets") retries just those.
 */
import { Button, Flex } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { ExtraProperties } from '../../contract';
import type { BulkQuestion as Question } from '../actions/useBulkUpdate';
import { RequiredPropertyInputs } from '../required/RequiredPropertyInputs';
import { allAnswered, answersFor } from '../required/requiredQuestions';
import { strings } from '../strings';

interface Props {
  question: Question;
  busy: boolean;
  onAnswer(extraProperties: ExtraProperties): void;
  onDismiss(): void;
}

export function BulkQuestion({ question, busy, onAnswer, onDismiss }: Props) {
  const [answers, setAnswers] = useState<ExtraProperties>({});
  const count = question.tickets.length;
  const closing = 'close' in question.fields;
  return (
    <Flex direction="column" gap="xs" testId="bulk-question">
      <RequiredPropertyInputs
        questions={question.questions}
        answers={answers}
        onAnswer={(name, value) => setAnswers((before) => ({ ...before, [name]: value }))}
        intro={closing ? strings.bulkRequiredBody(count) : strings.bulkRequiredStageBody(count)}
        testId="bulk-required"
      />
      <Flex gap="xs" wrap>
        <Button
          size="xs"
          variant="primary"
          disabled={busy || !allAnswered(question.questions, answers)}
          onClick={() => onAnswer(answersFor(question.questions, answers))}
          testId="bulk-required-submit"
        >
          {closing ? strings.closeTickets(count) : strings.moveTickets(count)}
        </Button>
        <Button size="xs" variant="secondary" onClick={onDismiss} testId="bulk-required-cancel">
          {strings.cancel}
        </Button>
      </Flex>
    </Flex>
  );
}
