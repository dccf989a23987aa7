/**
 * Evaluates a parsed search against the store: filter groups (AND within, OR across),
 * association filters through the association index, `query`, sorts with a top-k
 * selection, paging, and the index lag (search sees each record as it was `indexLagMs`
 * ago).
 */
import type { CrmStore } from '../store/crmStore';
import type { ObjectTypeId, PropertyDefinition, StoredRecord } from '../store/types';
import { OBJECT_TYPES, resolveObjectType } from '../store/objectTypes';
import { validationError } from '../http/hubspotError';
import type { SearchFilter, SearchRequest, SearchSort } from './searchRequest';

type Predicate = (record: StoredRecord) => boolean;
type ValueKind = 'number' | 'time' | 'text';

export interface SearchOutcome {
  total: number;
  results: StoredRecord[];
}

interface CompiledFilter {
  test: Predicate;
  /** For association EQ/IN filters: the ids the filter can match (to start from). */
  candidates?: () => Iterable<string>;
  candidateCount?: number;
  /** Every candidate passes the test (so a search starting from them may skip it). */
  exact?: boolean;
}

const TOKEN_SPLIT = /[^\p{L}\p{N}]+/u;

function tokens(text: string): string[] {
  return text.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
}

function kindOf(definition: PropertyDefinition): ValueKind {
  if (definition.type === 'number') return 'number';
  if (definition.type === 'datetime' || definition.type === 'date') return 'time';
  return 'text';
}

function parseTime(value: string): number {
  return /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
}

function toComparable(kind: ValueKind, value: string): number | string {
  if (kind === 'number') return Number(value);
  if (kind === 'time') return parseTime(value);
  return value.toLowerCase();
}

/**
 * `*` matches any run of characters. Matched by a two-pointer scan that backtracks only
 * to the last star: O(token × pattern) at worst, never exponential (a RegExp built from
 * `a*a*a*a*b` backtracks catastrophically on a long token).
 */
export function wildcardMatches(pattern: string, token: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < token.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p;
      p += 1;
      resume = t;
    } else if (p < pattern.length && pattern[p] === token[t]) {
      p += 1;
      t += 1;
    } else if (star !== -1) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

function wildcardMatcher(pattern: string): (token: string) => boolean {
  const lowered = pattern.toLowerCase();
  if (!lowered.includes('*')) return (token) => token === lowered;
  return (token) => wildcardMatches(lowered, token);
}

function propertyFilter(definition: PropertyDefinition, filter: SearchFilter): Predicate {
  const name = definition.name;
  const kind = kindOf(definition);
  const multi = definition.type === 'enumeration' && definition.fieldType === 'checkbox';
  const read = (record: StoredRecord): string | undefined => record.properties[name];
  const valuesOf = (raw: string): string[] => (multi ? raw.split(';') : [raw]);
  const equalsAny = (raw: string, wanted: Set<string | number>): boolean =>
    valuesOf(raw).some((item) => wanted.has(toComparable(kind, item)));
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return (record) => read(record) !== undefined;
    case 'NOT_HAS_PROPERTY':
      return (record) => read(record) === undefined;
    case 'EQ':
    case 'NEQ': {
      const wanted = new Set([toComparable(kind, filter.value ?? '')]);
      const negate = filter.operator === 'NEQ';
      return (record) => {
        const raw = read(record);
        const match = raw !== undefined && equalsAny(raw, wanted);
        return negate ? !match : match;
      };
    }
    case 'IN':
    case 'NOT_IN': {
      const wanted = new Set((filter.values ?? []).map((value) => toComparable(kind, value)));
      const negate = filter.operator === 'NOT_IN';
      return (record) => {
        const raw = read(record);
        const match = raw !== undefined && equalsAny(raw, wanted);
        return negate ? !match : match;
      };
    }
    case 'LT':
    case 'LTE':
    case 'GT':
    case 'GTE':
    case 'BETWEEN': {
      const low = toComparable(kind, filter.value ?? '');
      const high = toComparable(kind, filter.highValue ?? '');
      const operator = filter.operator;
      return (record) => {
        const raw = read(record);
        if (raw === undefined) return false;
        const value = toComparable(kind, raw);
        if (operator === 'LT') return value < low;
        if (operator === 'LTE') return value <= low;
        if (operator === 'GT') return value > low;
        if (operator === 'GTE') return value >= low;
        return value >= low && value <= high;
      };
    }
    case 'CONTAINS_TOKEN':
    case 'NOT_CONTAINS_TOKEN': {
      const matchers = tokens(filter.value ?? '').length
        ? (filter.value ?? '').split(/\s+/).filter(Boolean).map(wildcardMatcher)
        : [];
      const negate = filter.operator === 'NOT_CONTAINS_TOKEN';
      return (record) => {
        const raw = read(record);
        const recordTokens = raw === undefined ? [] : tokens(raw);
        const match =
          raw !== undefined &&
          matchers.length > 0 &&
          matchers.every((matches) => recordTokens.some(matches) || matches(raw.toLowerCase()));
        return negate ? !match : match;
      };
    }
  }
}

function associationFilter(
  store: CrmStore,
  type: ObjectTypeId,
  toType: ObjectTypeId,
  filter: SearchFilter,
  cutoff: number | null,
): CompiledFilter {
  if (filter.operator !== 'EQ' && filter.operator !== 'IN') {
    throw validationError(
      `${filter.propertyName} supports only the EQ and IN operators, not ${filter.operator}`,
    );
  }
  const ids = filter.operator === 'EQ' ? [filter.value ?? ''] : (filter.values ?? []);
  const linkSets = ids.map((id) => store.linkedIds(toType, id, type));
  const count = linkSets.reduce((sum, links) => sum + (links?.size ?? 0), 0);
  if (cutoff !== null && store.hasPendingLinks()) {
    // Recent link changes reach search after the lag too: ask the link history.
    return {
      test: (record) => ids.some((id) => store.linkedAt(type, record.id, toType, id, cutoff)),
      candidateCount: count,
      exact: false,
      candidates: () => {
        const union = new Set<string>();
        for (const links of linkSets) if (links) for (const id of links.keys()) union.add(id);
        for (const id of ids)
          for (const partner of store.pendingPartners(toType, id, type)) union.add(partner);
        return union;
      },
    };
  }
  return {
    test: (record) => linkSets.some((links) => links?.has(record.id) ?? false),
    candidateCount: count,
    exact: true,
    candidates: () => {
      if (linkSets.length === 1) return linkSets[0]?.keys() ?? [];
      const union = new Set<string>();
      for (const links of linkSets) if (links) for (const id of links.keys()) union.add(id);
      return union;
    },
  };
}

function compileFilter(
  store: CrmStore,
  type: ObjectTypeId,
  filter: SearchFilter,
  cutoff: number | null,
): CompiledFilter {
  const name = filter.propertyName;
  if (name.startsWith('associations.')) {
    const toType = resolveObjectType(name.slice('associations.'.length));
    if (!toType || toType === type) {
      throw validationError(
        `${name} is not a valid association filter for ${OBJECT_TYPES[type].plural}`,
      );
    }
    return associationFilter(store, type, toType, filter, cutoff);
  }
  const definition = store.properties[type].get(name === 'id' ? 'hs_object_id' : name);
  if (!definition) {
    throw validationError(
      `There was a problem with the request. Property "${name}" does not exist`,
    );
  }
  return { test: propertyFilter(definition, filter) };
}

function compileQuery(type: ObjectTypeId, query: string): Predicate | undefined {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return undefined;
  const fields = OBJECT_TYPES[type].queryProperties;
  return (record) =>
    terms.every((term) => {
      if (record.id === term) return true;
      return fields.some((field) => {
        const value = record.properties[field];
        if (value === undefined) return false;
        const lowered = value.toLowerCase();
        return lowered.startsWith(term) || tokens(lowered).some((token) => token.startsWith(term));
      });
    });
}

type SortValue = string | number | undefined;
type Comparator = (a: StoredRecord, b: StoredRecord) => number;

function sortKey(kind: ValueKind, name: string): (record: StoredRecord) => SortValue {
  if (kind === 'number') {
    return (record) => {
      const value = record.properties[name];
      return value === undefined ? undefined : Number(value);
    };
  }
  if (kind === 'time') {
    // Stored datetimes are ISO with ms and Z, which order as strings.
    return (record) => {
      const value = record.properties[name];
      if (value === undefined || value.length === 24) return value;
      const ms = parseTime(value);
      return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
    };
  }
  return (record) => record.properties[name]?.toLowerCase();
}

function compareIds(a: StoredRecord, b: StoredRecord): number {
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compileSorts(store: CrmStore, type: ObjectTypeId, sorts: SearchSort[]): Comparator {
  const keys = sorts.map((sort) => {
    const definition = store.properties[type].get(
      sort.propertyName === 'id' ? 'hs_object_id' : sort.propertyName,
    );
    if (!definition) {
      throw validationError(`Can't sort by "${sort.propertyName}": the property does not exist`);
    }
    return {
      extract: sortKey(kindOf(definition), definition.name),
      sign: sort.direction === 'DESCENDING' ? -1 : 1,
    };
  });
  return (a, b) => {
    for (const { extract, sign } of keys) {
      const left = extract(a);
      const right = extract(b);
      if (left === right) continue;
      // Unset values go last whatever the direction.
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      return (left < right ? -1 : 1) * sign;
    }
    return compareIds(a, b);
  };
}

/**
 * Keeps the first `k` items offered in `compare` order without storing or sorting the
 * rest (at 100,000 matches, even an array of them costs more than the search). A ring
 * buffer makes the common cases O(1): records arrive roughly in creation order, so for
 * date sorts each one is either worse than all kept (dropped after one compare) or
 * better than all kept (put in front). Others take a binary search and a shift.
 */
export class TopK<T> {
  private readonly ring: T[];
  private head = 0;
  private size = 0;

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.ring = new Array<T>(Math.max(k, 0));
  }

  offer(item: T): void {
    const { k, compare } = this;
    if (k <= 0) return;
    if (this.size === k && compare(item, this.at(k - 1)) >= 0) return;
    if (this.size === 0 || compare(item, this.at(0)) < 0) {
      if (this.size === k) this.size -= 1;
      this.head = (this.head + k - 1) % k;
      this.ring[this.head] = item;
      this.size += 1;
      return;
    }
    let low = 1;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(this.at(middle), item) <= 0) low = middle + 1;
      else high = middle;
    }
    const last = this.size === k ? k - 1 : this.size;
    for (let index = last; index > low; index -= 1) this.put(index, this.at(index - 1));
    this.put(low, item);
    if (this.size < k) this.size += 1;
  }

  /** The kept items, best first. */
  get items(): T[] {
    return Array.from({ length: this.size }, (_, index) => this.at(index));
  }

  private at(index: number): T {
    return this.ring[(this.head + index) % this.k] as T;
  }

  private put(index: number, item: T): void {
    this.ring[(this.head + index) % this.k] = item;
  }
}

/** Past this many results to keep, collecting and sorting everything is simpler. */
const TOP_K_LIMIT = 1000;

export interface SearchTiming {
  now: number;
  indexLagMs: number;
}

export function runSearch(
  store: CrmStore,
  type: ObjectTypeId,
  request: SearchRequest,
  timing: SearchTiming,
): SearchOutcome {
  const lagging =
    timing.indexLagMs > 0 && (store.hasPendingHistory(type) || store.hasPendingLinks());
  const cutoff = lagging ? timing.now - timing.indexLagMs : null;
  const groups = request.filterGroups
    .filter((group) => group.length > 0)
    .map((group) => group.map((filter) => compileFilter(store, type, filter, cutoff)));
  const query = request.query === undefined ? undefined : compileQuery(type, request.query);
  const compare = compileSorts(store, type, request.sorts);

  // Start from association links when every group has an association filter.
  let candidates: Iterable<string> = store.records[type].keys();
  let skip: CompiledFilter | undefined;
  if (groups.length > 0 && groups.every((group) => group.some((filter) => filter.candidates))) {
    const starts = groups.map((group) =>
      group
        .filter((filter) => filter.candidates)
        .reduce((best, filter) =>
          (filter.candidateCount ?? Infinity) < (best.candidateCount ?? Infinity) ? filter : best,
        ),
    );
    if (starts.length === 1) {
      candidates = starts[0]?.candidates?.() ?? [];
      // Every candidate passes the filter it came from.
      if (starts[0]?.exact) skip = starts[0];
    } else {
      const union = new Set<string>();
      for (const start of starts) for (const id of start.candidates?.() ?? []) union.add(id);
      candidates = union;
    }
  }

  const records = store.records[type];
  const k = request.after + request.limit;
  const top = k <= TOP_K_LIMIT ? new TopK(k, compare) : undefined;
  const all: StoredRecord[] = [];
  let total = 0;
  for (const id of candidates) {
    const record = cutoff === null ? records.get(id) : store.searchable(type, id, cutoff);
    if (!record || record.archived) continue;
    if (query && !query(record)) continue;
    if (!matchesGroups(groups, skip, record)) continue;
    total += 1;
    if (top) top.offer(record);
    else all.push(record);
  }
  const ordered = top ? top.items : all.sort(compare).slice(0, k);
  return { total, results: ordered.slice(request.after) };
}

function matchesGroups(
  groups: CompiledFilter[][],
  skip: CompiledFilter | undefined,
  record: StoredRecord,
): boolean {
  if (groups.length === 0) return true;
  for (const group of groups) {
    let all = true;
    for (const filter of group) {
      if (filter !== skip && !filter.test(record)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
