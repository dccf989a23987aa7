/**
 * The record page's own reads (picker, header, left column), through the CRM API of
 * the sandbox or of a live portal - the same HubSpot API the functions use.
 */
export type RecordType = 'contacts' | 'companies';

export interface CrmConnection {
  baseUrl: string;
  token: string;
}

interface CrmObject {
  id: string;
  properties: Record<string, string | null | undefined>;
}

const FIELDS: Record<RecordType, { property: string; label: string }[]> = {
  contacts: [
    { property: 'email', label: 'Email' },
    { property: 'phone', label: 'Phone number' },
    { property: 'jobtitle', label: 'Job title' },
    { property: 'company', label: 'Company name' },
    { property: 'lifecyclestage', label: 'Lifecycle stage' },
    { property: 'createdate', label: 'Create date' },
  ],
  companies: [
    { property: 'domain', label: 'Company domain name' },
    { property: 'industry', label: 'Industry' },
    { property: 'city', label: 'City' },
    { property: 'country', label: 'Country/Region' },
    { property: 'numberofemployees', label: 'Number of employees' },
    { property: 'createdate', label: 'Create date' },
  ],
};

const NAME_PROPERTIES: Record<RecordType, string[]> = {
  contacts: ['firstname', 'lastname', 'email'],
  companies: ['name', 'domain'],
};

export const OBJECT_TYPE_IDS: Record<RecordType, '0-1' | '0-2'> = {
  contacts: '0-1',
  companies: '0-2',
};

export class CrmRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function allProperties(type: RecordType): string[] {
  return [...new Set([...NAME_PROPERTIES[type], ...FIELDS[type].map((field) => field.property)])];
}

function nameOf(type: RecordType, object: CrmObject): { name: string; subtitle: string } {
  const p = object.properties;
  if (type === 'contacts') {
    const name = [p.firstname, p.lastname].filter(Boolean).join(' ');
    return { name: name || p.email || `Contact ${object.id}`, subtitle: p.email ?? '' };
  }
  return { name: p.name || p.domain || `Company ${object.id}`, subtitle: p.domain ?? '' };
}

async function crmFetch<T>(
  crm: CrmConnection,
  pathAndQuery: string,
  init?: { method: string; body: unknown },
): Promise<T> {
  const response = await fetch(`${crm.baseUrl}${pathAndQuery}`, {
    method: init?.method ?? 'GET',
    headers: { authorization: `Bearer ${crm.token}`, 'content-type': 'application/json' },
    body: init ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) {
    const text = await response.text();
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: keep the text
    }
    throw new CrmRequestError(response.status, `HubSpot answered ${response.status}: ${message}`);
  }
  return (await response.json()) as T;
}

export async function listRecords(crm: CrmConnection, type: RecordType, query: string) {
  const properties = allProperties(type);
  const body = query.trim()
    ? await crmFetch<{ results: CrmObject[] }>(crm, `/crm/objects/2026-09/${type}/search`, {
        method: 'POST',
        body: { query: query.trim(), limit: 20, properties },
      })
    : await crmFetch<{ results: CrmObject[] }>(
        crm,
        `/crm/objects/2026-09/${type}?limit=50&properties=${properties.join(',')}`,
      );
  return body.results.map((object) => ({ type, id: object.id, ...nameOf(type, object) }));
}

export async function getRecord(crm: CrmConnection, type: RecordType, id: string) {
  const object = await crmFetch<CrmObject>(
    crm,
    `/crm/objects/2026-09/${type}/${encodeURIComponent(id)}?properties=${allProperties(type).join(',')}`,
  );
  return {
    type,
    id: object.id,
    objectTypeId: OBJECT_TYPE_IDS[type],
    ...nameOf(type, object),
    properties: FIELDS[type].map((field) => ({
      label: field.label,
      value: object.properties[field.property] ?? '',
    })),
  };
}

/** What HubSpot sends a function as `propertiesToSend`: the current record's values. */
export async function readPropertiesToSend(
  crm: CrmConnection,
  type: RecordType,
  id: string,
  names: string[],
): Promise<Record<string, string>> {
  const values: Record<string, string> = { hs_object_id: id };
  const others = names.filter((name) => name !== 'hs_object_id');
  // HubSpot resolves these inside its own infrastructure; only fetch what the id does not answer.
  if (others.length === 0) return values;
  const object = await crmFetch<CrmObject>(
    crm,
    `/crm/objects/2026-09/${type}/${encodeURIComponent(id)}?properties=${others.join(',')}`,
  );
  for (const name of others) values[name] = object.properties[name] ?? '';
  return values;
}
