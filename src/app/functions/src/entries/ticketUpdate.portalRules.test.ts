import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * Portal rules refusing an update (2026-09 enforces them on API writes) become a question:
 * PROPERTIES_REQUIRED naming the property with what the card needs to ask for it, per
 * ticket in a bulk close; the same call with the answer in `extraProperties` succeeds.
 * Both known VALIDATION_ERROR body shapes are covered.
 */

const kit = useFunctionHarness({ perTest: true });

interface Scene {
  record: RecordRef;
  /** Open tickets of the ruled pipeline, and one open ticket of another pipeline. */
  ruled: string[];
  free: string;
  ruledPipelineId: string;
}

function openStageIds(snapshot: SandboxSnapshot): Set<string> {
  return new Set(
    snapshot.pipelines.flatMap((pipeline) =>
      pipeline.stages
        .filter((stage) => stage.metadata?.ticketState !== 'CLOSED')
        .map((stage) => stage.id),
    ),
  );
}

/** A contact with 2 open tickets in one pipeline and 1 open ticket in another. */
function findScene(snapshot: SandboxSnapshot): Scene {
  const open = openStageIds(snapshot);
  const live = new Map(
    snapshot.objects['0-5']
      .filter((ticket) => !ticket.archived && open.has(String(ticket.properties.hs_pipeline_stage)))
      .map((ticket) => [ticket.id, String(ticket.properties.hs_pipeline)]),
  );
  const byContact = new Map<string, string[]>();
  for (const [fromType, fromId, toType, toId] of snapshot.associations) {
    if (fromType === '0-1' && toType === '0-5' && live.has(toId)) {
      byContact.set(fromId, [...(byContact.get(fromId) ?? []), toId]);
    }
  }
  for (const [contactId, ticketIds] of byContact) {
    const pipelines = new Map<string, string[]>();
    for (const id of ticketIds) {
      const pipeline = live.get(id) as string;
      pipelines.set(pipeline, [...(pipelines.get(pipeline) ?? []), id]);
    }
    for (const [pipelineId, ids] of pipelines) {
      const other = [...pipelines].find(([candidate]) => candidate !== pipelineId)?.[1][0];
      if (ids.length >= 2 && other) {
        return {
          record: { type: 'contacts', id: contactId },
          ruled: ids.slice(0, 2),
          free: other,
          ruledPipelineId: pipelineId,
        };
      }
    }
  }
  throw new Error('no contact with open tickets in two pipelines');
}

async function prepare(shape: 'context' | 'message'): Promise<Scene> {
  const scene = findScene(await kit.harness.control.snapshot());
  await kit.harness.control.setConfig({ validationErrorShape: shape });
  await kit.harness.control.setValidationRules([
    {
      id: 'test-close-needs-resolution',
      objectType: '0-5',
      kind: 'conditionalRequired',
      when: { pipelineId: scene.ruledPipelineId, ticketState: 'CLOSED' },
      required: ['resolution'],
    },
  ]);
  return scene;
}

async function storedTicket(ticketId: string) {
  const snapshot = await kit.harness.control.snapshot();
  return snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId);
}

const resolutionQuestion = {
  field: 'resolution',
  message: expect.any(String),
  property: {
    name: 'resolution',
    label: 'Resolution',
    type: 'enumeration',
    fieldType: 'select',
    options: expect.arrayContaining([{ value: 'ISSUE_FIXED', label: 'Issue fixed' }]),
  },
};

describe.each(['context', 'message'] as const)('with HubSpot\'s "%s" error shape', (shape) => {
  it('asks for the resolution when a close is refused, and closes with the answer', async () => {
    const scene = await prepare(shape);
    const [ticketId] = scene.ruled as [string];
    const before = await storedTicket(ticketId);
    const refused = await kit.harness.call('ticket_update', scene.record, {
      ticketIds: [ticketId],
      close: true,
    });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'PROPERTIES_REQUIRED',
        retryable: false,
        fieldErrors: [resolutionQuestion],
      }),
    });
    expect(await storedTicket(ticketId)).toEqual(before);

    const answered = dataOf(
      await kit.harness.call('ticket_update', scene.record, {
        ticketIds: [ticketId],
        close: true,
        extraProperties: { resolution: 'ISSUE_FIXED' },
      }),
    );
    expect(answered.results).toEqual([{ ticketId, ok: true }]);
    expect(answered.tickets[0]?.stage.state).toBe('CLOSED');
    expect((await storedTicket(ticketId))?.properties.resolution).toBe('ISSUE_FIXED');
  });

  it('asks the same for a stage change into a closed stage', async () => {
    const scene = await prepare(shape);
    const [ticketId] = scene.ruled as [string];
    const snapshot = await kit.harness.control.snapshot();
    const closedStage = snapshot.pipelines
      .find((pipeline) => pipeline.id === scene.ruledPipelineId)
      ?.stages.find((stage) => stage.metadata?.ticketState === 'CLOSED')?.id;
    const refused = await kit.harness.call('ticket_update', scene.record, {
      ticketIds: [ticketId],
      stageId: closedStage,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'PROPERTIES_REQUIRED', fieldErrors: [resolutionQuestion] },
    });
    const answered = dataOf(
      await kit.harness.call('ticket_update', scene.record, {
        ticketIds: [ticketId],
        stageId: closedStage,
        extraProperties: { resolution: 'DUPLICATE' },
      }),
    );
    expect(answered.tickets[0]?.stage.id).toBe(closedStage);
  });

  it('names each ticket of a bulk close that needs it, closes the others, and closes them all with one answer', async () => {
    const scene = await prepare(shape);
    const ticketIds = [...scene.ruled, scene.free];
    const first = dataOf(
      await kit.harness.call('ticket_update', scene.record, { ticketIds, close: true }),
    );
    expect(first.results).toEqual([
      ...scene.ruled.map((ticketId) => ({
        ticketId,
        ok: false,
        error: expect.objectContaining({
          code: 'PROPERTIES_REQUIRED',
          message: expect.stringContaining(ticketId),
          fieldErrors: [resolutionQuestion],
        }),
      })),
      { ticketId: scene.free, ok: true },
    ]);
    expect(first.tickets.map((ticket) => ticket.id)).toEqual([scene.free]);

    // The card asks once and retries the whole selection: the closed one is left alone.
    const retry = dataOf(
      await kit.harness.call('ticket_update', scene.record, {
        ticketIds,
        close: true,
        extraProperties: { resolution: 'REFUND_ISSUED' },
      }),
    );
    expect(retry.results).toEqual([
      ...scene.ruled.map((ticketId) => ({ ticketId, ok: true })),
      { ticketId: scene.free, ok: true, skipped: 'ALREADY_CLOSED' },
    ]);
    for (const ticketId of scene.ruled) {
      expect((await storedTicket(ticketId))?.properties.resolution).toBe('REFUND_ISSUED');
    }
    expect((await storedTicket(scene.free))?.properties.resolution ?? null).toBeNull();
  });
});
