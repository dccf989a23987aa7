/**
 * The shape check of one journal line, before its effects touch the store: a line that
 * parses but is not a write (e.g. `{"effects":[{"kind":"putObject","record":null}]}`) is
 * named, not replayed into a crash.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OBJECT_TYPES = new Set(['0-1', '0-2', '0-5']);

function effectProblem(effect: unknown, index: number): string | undefined {
  const where = `effect ${index + 1}`;
  if (!isRecord(effect) || typeof effect.kind !== 'string') return `${where} has no kind`;
  switch (effect.kind) {
    case 'putObject':
      if (!OBJECT_TYPES.has(String(effect.objectType))) return `${where}: unknown objectType`;
      if (!isRecord(effect.record) || typeof effect.record.id !== 'string') {
        return `${where}: putObject without a record (record is ${JSON.stringify(effect.record ?? null)})`;
      }
      if (!isRecord(effect.record.properties)) return `${where}: the record has no properties`;
      return undefined;
    case 'link':
    case 'unlink':
      if (typeof effect.fromId !== 'string' || typeof effect.toId !== 'string') {
        return `${where}: ${effect.kind} without fromId/toId`;
      }
      return undefined;
    case 'putProperty':
      return isRecord(effect.definition) && typeof effect.definition.name === 'string'
        ? undefined
        : `${where}: putProperty without a definition`;
    default:
      // Newer kinds are checked by the store when it applies them (the replay names the line).
      return undefined;
  }
}

/** Why a parsed journal line is not a write the store can replay; undefined when it is. */
export function journalEntryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry) || !Array.isArray(entry.effects)) {
    return 'this journal line is not a write (expected {"effects": [...]})';
  }
  for (const [index, effect] of entry.effects.entries()) {
    const problem = effectProblem(effect, index);
    if (problem) return `this journal line is not a valid write: ${problem}`;
  }
  return undefined;
}
