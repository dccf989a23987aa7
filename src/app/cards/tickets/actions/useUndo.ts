/**
 * Holds the latest undo offer for a few seconds and carries it out on "Undo": a close goes
 * back to each ticket's previous stage (one ticket_update per stage), an unlink links the
 * tickets again with the label they had (one tickets_link per label; the label ids come
 * from the form options, loaded once if not yet).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AssociationLabelOption,
  FunctionError,
  ItemOutcome,
  TicketSummary,
} from '../../contract';
import type { CardEnv } from '../cardEnv';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import type { UndoAction, UndoOffer } from './undoOffer';

interface Options {
  env: CardEnv;
  formOptions: FormOptions;
  visibleMs: number;
  /** Tickets back in their old stage (the list reloads, as they may return to the view). */
  onRestored(tickets: TicketSummary[]): void;
  onRelinked(tickets: TicketSummary[]): void;
}

interface Outcome {
  tickets: TicketSummary[];
  error: FunctionError | null;
}

function firstError(results: ItemOutcome[]): FunctionError | null {
  for (const result of results) if (!result.ok) return result.error;
  return null;
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

export function useUndo({ env, formOptions, visibleMs, onRestored, onRelinked }: Options) {
  const [current, setCurrent] = useState<{ id: number; offer: UndoOffer } | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sequence = useRef(0);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const offer = useCallback(
    (next: UndoOffer) => {
      if (timer.current) clearTimeout(timer.current);
      const id = ++sequence.current;
      setCurrent({ id, offer: next });
      timer.current = setTimeout(
        () => setCurrent((shown) => (shown?.id === id ? null : shown)),
        visibleMs,
      );
    },
    [visibleMs],
  );

  const base = { recordType: env.recordType, portalId: env.portalId };

  async function restoreStages(
    tickets: Extract<UndoAction, { kind: 'restoreStages' }>['tickets'],
  ): Promise<Outcome> {
    const outcome: Outcome = { tickets: [], error: null };
    for (const group of groupBy(tickets, (t) => t.stageId)) {
      const result = await env.client.call('ticket_update', {
        ...base,
        ticketIds: group.map((t) => t.ticketId),
        stageId: group[0]?.stageId ?? '',
      });
      if (!result.ok) return { ...outcome, error: result.error };
      outcome.tickets.push(...result.data.tickets);
      outcome.error ??= firstError(result.data.results);
    }
    return outcome;
  }

  async function relink(tickets: TicketSummary[]): Promise<Outcome> {
    const labelled = tickets.some((t) => t.labels.length > 0);
    const options = labelled ? await formOptions.ensure() : null;
    const labelOf = (ticket: TicketSummary): AssociationLabelOption | undefined =>
      options?.associationLabels.find((l) => ticket.labels.includes(l.label));
    const outcome: Outcome = { tickets: [], error: null };
    for (const group of groupBy(tickets, (t) => labelOf(t)?.label ?? '')) {
      const first = group[0];
      const label = first ? labelOf(first) : undefined;
      const result = await env.client.call('tickets_link', {
        ...base,
        ticketIds: group.map((t) => t.id),
        ...(label ? { label: { typeId: label.typeId, category: label.category } } : {}),
      });
      if (!result.ok) return { ...outcome, error: result.error };
      outcome.tickets.push(...result.data.tickets);
      outcome.error ??= firstError(result.data.results);
    }
    return outcome;
  }

  async function undo() {
    if (!current || busy) return;
    const { action } = current.offer;
    if (timer.current) clearTimeout(timer.current);
    setBusy(true);
    const outcome =
      action.kind === 'restoreStages'
        ? await restoreStages(action.tickets)
        : await relink(action.tickets);
    setBusy(false);
    setCurrent(null);
    if (outcome.tickets.length > 0) {
      if (action.kind === 'restoreStages') onRestored(outcome.tickets);
      else onRelinked(outcome.tickets);
    }
    if (outcome.error) {
      env.actions.addAlert({
        type: 'danger',
        title: strings.undoFailedTitle,
        message: outcome.error.message,
      });
    } else {
      env.actions.addAlert({ type: 'success', message: strings.undone });
    }
  }

  return { offer: current?.offer ?? null, busy, show: offer, undo: () => void undo() };
}

export type Undo = ReturnType<typeof useUndo>;
