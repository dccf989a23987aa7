/**
 * A write the portal's rules refused (PROPERTIES_REQUIRED) becomes questions: one per
 * missing property, answered in HubSpot's own value format and sent back as
 * `extraProperties` with the same write.
 */
import type { ExtraProperties, FunctionError, ItemOutcome, RequiredProperty } from '../../contract';

/** The properties a refusal asks for; [] when the error is anything else. */
export function questionsOf(error: FunctionError | null | undefined): RequiredProperty[] {
  if (!error || error.code !== 'PROPERTIES_REQUIRED') return [];
  return mergeQuestions(
    [],
    (error.fieldErrors ?? []).flatMap((fieldError) =>
      fieldError.property ? [fieldError.property] : [],
    ),
  );
}

/** Questions of a bulk answer: every property any ticket was refused for, asked once. */
export function bulkQuestionsOf(results: ItemOutcome[]): {
  questions: RequiredProperty[];
  ticketIds: string[];
} {
  let questions: RequiredProperty[] = [];
  const ticketIds: string[] = [];
  for (const outcome of results) {
    if (outcome.ok) continue;
    const asked = questionsOf(outcome.error);
    if (asked.length === 0) continue;
    questions = mergeQuestions(questions, asked);
    ticketIds.push(outcome.ticketId);
  }
  return { questions, ticketIds };
}

/** Adds the questions not asked yet, keeping the order they came in. */
export function mergeQuestions(
  asked: RequiredProperty[],
  more: RequiredProperty[],
): RequiredProperty[] {
  const merged = [...asked];
  for (const question of more) {
    if (!merged.some((q) => q.name === question.name)) merged.push(question);
  }
  return merged;
}

/** True when every question has a (non-blank) answer. */
export function allAnswered(questions: RequiredProperty[], answers: ExtraProperties): boolean {
  return questions.every((q) => (answers[q.name] ?? '').trim() !== '');
}

/** Only the answers to the questions asked, for `extraProperties`. */
export function answersFor(
  questions: RequiredProperty[],
  answers: ExtraProperties,
): ExtraProperties {
  return Object.fromEntries(
    questions.flatMap((q) => {
      const value = answers[q.name];
      return value !== undefined && value.trim() !== '' ? [[q.name, value]] : [];
    }),
  );
}
