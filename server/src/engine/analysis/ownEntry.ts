// Lookups in the engine's constant tables by names that come from analysed code or config.

/**
 * `table[key]` for the table's own keys only. Names from the analysed code or the config can be
 * 'constructor', 'toString' or '__proto__', which a plain lookup answers from Object.prototype
 * (a function where a table entry was expected).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** `key in table` for the table's own keys only (see ownEntry). */
export function hasOwnEntry(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
