import "server-only";

const store = globalThis as typeof globalThis & { __streamops?: Map<string, unknown> };

/** One instance per server process, surviving Next's module re-evaluation in development. */
export function singleton<T>(name: string, create: () => T): T {
  store.__streamops ??= new Map();
  if (!store.__streamops.has(name)) store.__streamops.set(name, create());
  return store.__streamops.get(name) as T;
}

/** Drops an instance, so the next `singleton` call creates a fresh one. */
export function forgetSingleton(name: string): void {
  store.__streamops?.delete(name);
}
