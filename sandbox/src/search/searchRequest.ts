/** Parses and checks a search body; every problem is a 400 VALIDATION_ERROR as HubSpot answers. */
import { validationError } from '../http/hubspotError';

export const OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;

export type Operator = (typeof OPERATORS)[number];

export interface SearchFilter {
  propertyName: string;
  operator: Operator;
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface SearchSort {
  propertyName: string;
  direction: 'ASCENDING' | 'DESCENDING';
}

export interface SearchRequest {
  filterGroups: SearchFilter[][];
  sorts: SearchSort[];
  query?: string;
  properties: string[];
  limit: number;
  after: number;
}

export const SEARCH_LIMITS = {
  maxLimit: 200,
  defaultLimit: 10,
  maxResults: 10_000,
  maxGroups: 5,
  maxFiltersPerGroup: 10,
  maxFilters: 25,
  maxQueryLength: 3000,
  /** A filter value can be no longer than a property value can be (see MAX_PROPERTY_VALUE_LENGTH). */
  maxValueLength: 65_536,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown, where: string): string {
  if (typeof value === 'string' && value.length > SEARCH_LIMITS.maxValueLength) {
    throw validationError(
      `${where} is ${value.length} characters long; at most ${SEARCH_LIMITS.maxValueLength}`,
    );
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw validationError(`Invalid input JSON: ${where} must be a string`);
}

function parseFilter(raw: unknown, where: string): SearchFilter {
  if (!isRecord(raw)) throw validationError(`Invalid input JSON: ${where} must be an object`);
  if (typeof raw.propertyName !== 'string' || raw.propertyName === '') {
    throw validationError(`${where}.propertyName is required`);
  }
  const operator = raw.operator;
  if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
    throw validationError(
      `Invalid input JSON: ${where}.operator: ${JSON.stringify(operator)} is not one of [${OPERATORS.join(', ')}]`,
    );
  }
  const filter: SearchFilter = { propertyName: raw.propertyName, operator: operator as Operator };
  if (raw.value !== undefined && raw.value !== null)
    filter.value = scalar(raw.value, `${where}.value`);
  if (raw.highValue !== undefined && raw.highValue !== null) {
    filter.highValue = scalar(raw.highValue, `${where}.highValue`);
  }
  if (raw.values !== undefined && raw.values !== null) {
    if (!Array.isArray(raw.values))
      throw validationError(`Invalid input JSON: ${where}.values must be an array`);
    filter.values = raw.values.map((value, index) => scalar(value, `${where}.values[${index}]`));
  }
  const needsValue = [
    'EQ',
    'NEQ',
    'LT',
    'LTE',
    'GT',
    'GTE',
    'CONTAINS_TOKEN',
    'NOT_CONTAINS_TOKEN',
  ];
  if (needsValue.includes(filter.operator) && filter.value === undefined) {
    throw validationError(`${where}: operator ${filter.operator} requires a value`);
  }
  if (
    filter.operator === 'BETWEEN' &&
    (filter.value === undefined || filter.highValue === undefined)
  ) {
    throw validationError(`${where}: operator BETWEEN requires value and highValue`);
  }
  if ((filter.operator === 'IN' || filter.operator === 'NOT_IN') && !filter.values?.length) {
    throw validationError(`${where}: operator ${filter.operator} requires values`);
  }
  return filter;
}

export function parseSearchRequest(body: unknown): SearchRequest {
  if (body === undefined || body === null) body = {};
  if (!isRecord(body))
    throw validationError('Invalid input JSON: the search body must be an object');
  const groupsRaw = body.filterGroups ?? [];
  if (!Array.isArray(groupsRaw))
    throw validationError('Invalid input JSON: filterGroups must be an array');
  if (groupsRaw.length > SEARCH_LIMITS.maxGroups) {
    throw validationError(
      `Too many filter groups: ${groupsRaw.length} (at most ${SEARCH_LIMITS.maxGroups})`,
    );
  }
  let filterCount = 0;
  const filterGroups = groupsRaw.map((group, groupIndex) => {
    const filtersRaw = isRecord(group) ? (group.filters ?? []) : undefined;
    if (!Array.isArray(filtersRaw)) {
      throw validationError(
        `Invalid input JSON: filterGroups[${groupIndex}] must be {filters: [...]}`,
      );
    }
    if (filtersRaw.length > SEARCH_LIMITS.maxFiltersPerGroup) {
      throw validationError(
        `Too many filters in filterGroups[${groupIndex}]: ${filtersRaw.length} (at most ${SEARCH_LIMITS.maxFiltersPerGroup})`,
      );
    }
    filterCount += filtersRaw.length;
    return filtersRaw.map((filter, index) =>
      parseFilter(filter, `filterGroups[${groupIndex}].filters[${index}]`),
    );
  });
  if (filterCount > SEARCH_LIMITS.maxFilters) {
    throw validationError(`Too many filters: ${filterCount} (at most ${SEARCH_LIMITS.maxFilters})`);
  }
  const sortsRaw = body.sorts ?? [];
  if (!Array.isArray(sortsRaw)) throw validationError('Invalid input JSON: sorts must be an array');
  const sorts = sortsRaw.map((sort, index): SearchSort => {
    // HubSpot also takes a bare property name (ascending) and `-name` (descending).
    if (typeof sort === 'string') {
      return sort.startsWith('-')
        ? { propertyName: sort.slice(1), direction: 'DESCENDING' }
        : { propertyName: sort, direction: 'ASCENDING' };
    }
    if (!isRecord(sort) || typeof sort.propertyName !== 'string') {
      throw validationError(
        `Invalid input JSON: sorts[${index}] must be {propertyName, direction}`,
      );
    }
    const direction = sort.direction ?? 'ASCENDING';
    if (direction !== 'ASCENDING' && direction !== 'DESCENDING') {
      throw validationError(
        `Invalid input JSON: sorts[${index}].direction must be ASCENDING or DESCENDING, got ${JSON.stringify(direction)}`,
      );
    }
    return { propertyName: sort.propertyName, direction };
  });
  let query: string | undefined;
  if (body.query !== undefined && body.query !== null) {
    if (typeof body.query !== 'string')
      throw validationError('Invalid input JSON: query must be a string');
    if (body.query.length > SEARCH_LIMITS.maxQueryLength) {
      throw validationError(
        `query is too long (at most ${SEARCH_LIMITS.maxQueryLength} characters)`,
      );
    }
    query = body.query;
  }
  const propertiesRaw = body.properties ?? [];
  if (!Array.isArray(propertiesRaw) || !propertiesRaw.every((name) => typeof name === 'string')) {
    throw validationError('Invalid input JSON: properties must be an array of strings');
  }
  const limitRaw = body.limit ?? SEARCH_LIMITS.defaultLimit;
  const limit = typeof limitRaw === 'string' ? Number(limitRaw) : limitRaw;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
    throw validationError('Invalid input JSON: limit must be a non-negative integer');
  }
  if (limit > SEARCH_LIMITS.maxLimit) {
    throw validationError(`limit must be at most ${SEARCH_LIMITS.maxLimit}, got ${limit}`);
  }
  const afterRaw = body.after ?? '0';
  const after = typeof afterRaw === 'number' ? afterRaw : Number(afterRaw);
  if (
    (typeof afterRaw !== 'string' && typeof afterRaw !== 'number') ||
    !Number.isInteger(after) ||
    after < 0 ||
    (typeof afterRaw === 'string' && !/^\d*$/.test(afterRaw))
  ) {
    throw validationError(
      `Invalid input JSON: after must be a paging cursor, got ${JSON.stringify(afterRaw)}`,
    );
  }
  if (after + limit > SEARCH_LIMITS.maxResults) {
    throw validationError(
      `Paging through search results is limited to ${SEARCH_LIMITS.maxResults} results: after=${after} with limit=${limit} goes past it`,
    );
  }
  return {
    filterGroups,
    sorts,
    ...(query !== undefined ? { query } : {}),
    properties: propertiesRaw,
    limit,
    after,
  };
}
