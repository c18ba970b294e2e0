/**
 * A key function for a D3 data join that also works on elements drawn at build time: those arrive in the
 * browser without bound data, so their key is read back from the `data-key` attribute every join writes.
 */
export function keyed<D>(key: (datum: D) => string): (this: Element | Iterable<D>, datum: D) => string {
  return function (this: Element | Iterable<D>, datum: D) {
    // D3 passes existing elements' data (undefined for server-drawn ones), then the new data with `this` as the group.
    if ((datum as D | undefined) === undefined && 'getAttribute' in this) return this.getAttribute('data-key') ?? '';
    return key(datum);
  };
}
