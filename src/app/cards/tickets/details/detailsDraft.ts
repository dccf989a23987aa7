/**
 * The details panel's edits as data: a draft from the ticket, and the ticket_update fields
 * for what the user changed (nothing else is sent, so an edit never overwrites a field
 * someone else changed meanwhile).
 */
import type { AssociationLabelOption, TicketDetailsData } from '../../contract';
import type { UpdateFields } from '../actions/useTicketUpdate';
import { chosenPriority, priorityChoice } from '../actions/PrioritySelect';
import { chosenOwner, ownerChoice } from '../owners/OwnerSelect';

export interface DetailsDraft {
  subject: string;
  description: string;
  priority: string;
  categories: string[];
  owner: string;
  stageId: string;
  /** The label's type id as text; '' = unlabelled. */
  label: string;
}

export function draftOf(data: TicketDetailsData): DetailsDraft {
  const { ticket } = data;
  const label = data.associationLabels.find((o) => data.currentLabelTypeIds.includes(o.typeId));
  return {
    subject: ticket.subject,
    description: ticket.description,
    priority: priorityChoice(ticket.priority?.value),
    categories: ticket.categories.map((c) => c.value),
    owner: ownerChoice(ticket.owner?.id),
    stageId: ticket.stage.id,
    label: label ? String(label.typeId) : '',
  };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function labelOf(
  labels: AssociationLabelOption[],
  choice: string,
): { typeId: number; category: AssociationLabelOption['category'] } | null {
  const option = labels.find((o) => String(o.typeId) === choice);
  return option ? { typeId: option.typeId, category: option.category } : null;
}

/** The fields to send; {} when nothing changed. */
export function changedFields(
  data: TicketDetailsData,
  before: DetailsDraft,
  after: DetailsDraft,
): UpdateFields {
  const fields: UpdateFields = {};
  if (after.subject.trim() !== before.subject) fields.subject = after.subject.trim();
  if (after.description !== before.description) fields.description = after.description;
  if (after.priority !== before.priority) fields.priority = chosenPriority(after.priority);
  if (!sameSet(after.categories, before.categories)) fields.categories = after.categories;
  if (after.owner !== before.owner) fields.ownerId = chosenOwner(after.owner);
  if (after.stageId !== before.stageId) fields.stageId = after.stageId;
  if (after.label !== before.label) fields.label = labelOf(data.associationLabels, after.label);
  return fields;
}

/** The label type ids on the link after a change of label (for the facts shown). */
export function labelTypeIdsAfter(fields: UpdateFields, before: number[]): number[] {
  if (fields.label === undefined) return before;
  return fields.label ? [fields.label.typeId] : [];
}
