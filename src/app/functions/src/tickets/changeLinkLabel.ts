import type { AssociationLabelOption, RecordType } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import type { RecordRef } from '../record/readRecordContext';
import type { LinkType } from '../record/ticketLinkTypes';

/**
 * Changes the label of one ticket's link to the record with the 2026-09 batch association
 * endpoints: first add the new type (or the plain default one, for "no label"), then remove
 * the old labels. In that order the pair is never left without any type, which HubSpot
 * would take as "unlinked". Costs up to 2 calls in 2 round trips; none when nothing changes.
 */

export interface LabelChange {
  /** null = unlabelled. */
  to: Pick<AssociationLabelOption, 'typeId' | 'category'> | null;
  current: LinkType[];
  defaultTypeId: number;
}

function spec(type: { typeId: number; category: string }) {
  return {
    associationCategory: type.category as 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED',
    associationTypeId: type.typeId,
  };
}

export async function changeLinkLabel(
  crm: CrmApi,
  ticketId: string,
  record: RecordRef,
  change: LabelChange,
): Promise<void> {
  const target = change.to ?? { typeId: change.defaultTypeId, category: 'HUBSPOT_DEFINED' };
  const stale = change.current.filter(
    (type) => type.label && !(type.typeId === target.typeId && type.category === target.category),
  );
  const present = change.current.some(
    (type) => type.typeId === target.typeId && type.category === target.category,
  );
  const pair = { from: { id: ticketId }, to: { id: record.id } };
  const path = { fromObjectType: 'tickets', toObjectType: record.type satisfies RecordType };
  if (!present) {
    await crm.call(
      'POST',
      '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/create',
      {
        path,
        body: { inputs: [{ ...pair, types: [spec(target)] }] },
      },
    );
  }
  if (stale.length > 0) {
    await crm.call(
      'POST',
      '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/labels/archive',
      { path, body: { inputs: [{ ...pair, types: stale.map(spec) }] } },
    );
  }
}
