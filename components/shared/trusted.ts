/**
 * Our UI acts only on events the user caused. A page script can dispatch
 * synthetic events at our hosts, and must not be able to open cards, start
 * lookups or pick a correction through us that way.
 */
export function isTrusted(event: Event): boolean {
  return event.isTrusted === true;
}
