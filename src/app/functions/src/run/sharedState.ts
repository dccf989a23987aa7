/**
 * State shared by every function bundle loaded in one container. Each function is its own
 * esbuild bundle, so a plain module-level variable exists once per function; what one
 * function writes (the recent-writes journal) must be seen by another (tickets_list), so
 * it lives on `globalThis` under a versioned key instead. Where HubSpot runs each function
 * in a separate container, nothing is shared and the functions still work, only without
 * that help.
 */
export function sharedState<T>(name: string, create: () => T): T {
  const key = Symbol.for(`hubspot-ticket-cards/${name}/v1`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = holder[key];
  if (existing !== undefined) return existing;
  const created = create();
  holder[key] = created;
  return created;
}
