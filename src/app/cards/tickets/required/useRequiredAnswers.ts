/**
 * The questions refused writes asked and the user's answers so far. Give it the latest
 * error of the write: a PROPERTIES_REQUIRED refusal adds its questions. Questions only
 * grow while the form is open (a retry may be refused for one more property); answers are
 * kept, so nothing typed is lost between tries.
 */
import { useState } from 'react';
import type { ExtraProperties, FunctionError, RequiredProperty } from '../../contract';
import { allAnswered, answersFor, mergeQuestions, questionsOf } from './requiredQuestions';

/** The same array when nothing is new, so a repeated error causes no render. */
function grown(before: RequiredProperty[], asked: RequiredProperty[]): RequiredProperty[] {
  const merged = mergeQuestions(before, asked);
  return merged.length === before.length ? before : merged;
}

export function useRequiredAnswers(error: FunctionError | null | undefined) {
  const [questions, setQuestions] = useState<RequiredProperty[]>([]);
  const [answers, setAnswers] = useState<ExtraProperties>({});
  // A new error is taken in while rendering (React's "adjust state on a prop change"), so
  // the questions show in the same render as the refusal.
  const [seen, setSeen] = useState(error);
  if (error !== seen) {
    setSeen(error);
    const asked = questionsOf(error);
    if (asked.length > 0) setQuestions(grown(questions, asked));
  }
  return {
    questions,
    answers,
    /** The error to show as a failure: a refusal that asks questions is none. */
    failure: questionsOf(error).length > 0 ? null : (error ?? null),
    /** For questions that come from elsewhere (a bulk answer per ticket). */
    askAll(asked: RequiredProperty[]) {
      setQuestions((before) => grown(before, asked));
    },
    answer(name: string, value: string) {
      setAnswers((before) => ({ ...before, [name]: value }));
    },
    /** False while a question is unanswered: the submit stays disabled. */
    complete: allAnswered(questions, answers),
    /** `{ extraProperties }` to spread into the retried call, or nothing before any question. */
    extra(): { extraProperties?: ExtraProperties } {
      return questions.length > 0 ? { extraProperties: answersFor(questions, answers) } : {};
    },
    reset() {
      setQuestions([]);
      setAnswers({});
    },
  };
}

export type RequiredAnswers = ReturnType<typeof useRequiredAnswers>;
