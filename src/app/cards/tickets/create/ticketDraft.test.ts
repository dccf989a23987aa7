import { billingPipeline, formOptions, supportPipeline } from '../testing/ticketFixtures';
import {
  defaultStageId,
  emptyDraft,
  mapFieldErrors,
  newClientRequestId,
  validateDraft,
} from './ticketDraft';

const limits = { subjectMaxLength: 10, descriptionMaxLength: 20 };

function options() {
  const result = formOptions({ defaultPipelineId: '77' });
  if (!result.ok) throw new Error('fixture');
  return result.data;
}

describe('ticket draft', () => {
  it("starts in the default pipeline's first open stage", () => {
    expect(emptyDraft(options())).toMatchObject({ pipelineId: '77', stageId: '772' });
    expect(defaultStageId(supportPipeline)).toBe('1');
    expect(defaultStageId(billingPipeline)).toBe('772');
  });

  it('requires a subject and respects the length limits', () => {
    const draft = { ...emptyDraft(options()), subject: '   ' };
    expect(validateDraft(draft, limits)).toEqual({ subject: 'Enter a subject.' });
    expect(
      validateDraft({ ...draft, subject: 'x'.repeat(11), description: 'y'.repeat(21) }, limits),
    ).toEqual({
      subject: 'Keep it under 11 characters.',
      description: 'Keep it under 21 characters.',
    });
    expect(validateDraft({ ...draft, subject: 'Printer' }, limits)).toEqual({});
  });

  it("places the function's field errors on the form's fields", () => {
    const { byField, unplaced } = mapFieldErrors([
      { field: 'stageId', message: 'That stage is not in this pipeline.' },
      { field: 'categories.1', message: 'Unknown category.' },
      { field: 'recordType', message: 'Unsupported.' },
    ]);
    expect(byField).toEqual({
      stageId: 'That stage is not in this pipeline.',
      categories: 'Unknown category.',
    });
    expect(unplaced).toEqual([{ field: 'recordType', message: 'Unsupported.' }]);
  });

  it('makes request ids the function accepts, different each time', () => {
    const id = newClientRequestId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newClientRequestId()).not.toBe(id);
  });
});
