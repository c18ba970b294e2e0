// What a page needs only once however many charts it shows, such as the inspector's labels: the first figure of a
// built page carries it, the others find it there (src/charts/shared/browser/figurePayload.ts). Each page has its own request.
const seen = new WeakMap<Request, Set<string>>();

/** True the first time a page asks for a key, false after. */
export function firstOnPage(request: Request, key: string): boolean {
  let keys = seen.get(request);
  if (!keys) seen.set(request, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
