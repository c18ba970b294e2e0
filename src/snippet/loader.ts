// The script other sites paste. It is served as one classic script (see loaderScript.ts), so it may import
// types only. It finds the placeholders, loads each one's fragment as a script (which needs no CORS) and draws
// the figure inside a shadow root, built node by node so that no HTML is parsed on the host page.
import type { SnippetNode, SnippetPayload } from './payload';

export const chartAttribute = 'data-cloud-loophole-chart';
export const langAttribute = 'data-lang';
export const stepAttribute = 'data-step';
/** Set on a placeholder once taken: loading, ready or failed. A second copy of the script leaves it alone. */
const stateAttribute = 'data-cloud-loophole-state';
/** The event a fragment script fires on itself with its payload. */
export const payloadEvent = 'cloud-loophole-snippet';

export interface SnippetRequest {
  chart: string;
  lang: string;
  step: number;
}

/** What a placeholder asks for, or undefined when its attributes name no chart we could serve. */
export function readPlaceholder(element: Element): SnippetRequest | undefined {
  const chart = element.getAttribute(chartAttribute) ?? '';
  const lang = element.getAttribute(langAttribute) ?? 'en';
  const step = element.getAttribute(stepAttribute) ?? '0';
  if (!/^[a-z0-9-]+$/.test(chart) || !/^[a-z]{2}$/.test(lang) || !/^\d{1,2}$/.test(step)) return undefined;
  return { chart, lang, step: Number(step) };
}

/** Fragments sit beside the loader: …/snippet/v1.js loads …/snippet/v1/<lang>/<chart>/<step>.js. */
export function fragmentUrl(loaderUrl: string, request: SnippetRequest): string {
  return new URL(`v1/${request.lang}/${request.chart}/${request.step}.js`, loaderUrl).href;
}

/** The policy name a host that enforces Trusted Types lists in its `trusted-types` directive. */
const trustedTypesPolicy = 'cloud-loophole';

/** The part of window.trustedTypes we use; a TrustedScriptURL is typed as the string it stands for. */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

/**
 * A script's src is a Trusted Types sink: where a host enforces them, a policy vouches for our fragment URLs,
 * and only for those beside the loader. Elsewhere the URL passes as it is.
 */
function scriptUrlMaker(doc: Document, loaderUrl: string): (url: string) => string {
  const factory = (doc.defaultView as { trustedTypes?: TrustedTypesFactory } | null)?.trustedTypes;
  if (!factory) return (url) => url;
  const folder = new URL('v1/', loaderUrl).href;
  try {
    const policy = factory.createPolicy(trustedTypesPolicy, {
      createScriptURL: (url) => {
        if (!url.startsWith(folder)) throw new Error(`${url} is not a chart fragment`);
        return url;
      },
    });
    return (url) => policy.createScriptURL(url);
  } catch {
    // The host allows no policy of this name: setting src then fails, and the placeholder keeps its links.
    return (url) => url;
  }
}

function loadPayload(doc: Document, url: string, scriptUrl: (url: string) => string): Promise<SnippetPayload> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    let payload: SnippetPayload | undefined;
    script.addEventListener(payloadEvent, (event) => {
      payload = (event as CustomEvent<SnippetPayload>).detail;
    });
    script.addEventListener('load', () => {
      script.remove();
      if (payload) resolve(payload);
      else reject(new Error(`${url} held no chart`));
    });
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`${url} could not be loaded`));
    });
    script.async = true;
    script.src = scriptUrl(url);
    (doc.head ?? doc.documentElement).append(script);
  });
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const htmlNamespace = 'http://www.w3.org/1999/xhtml';

function build(doc: Document, node: SnippetNode, namespace: string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attributes, children] = node;
  const ns = tag === 'svg' ? svgNamespace : namespace;
  const element = doc.createElementNS(ns, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(doc, child, ns));
  return element;
}

function draw(host: HTMLElement, payload: SnippetPayload): void {
  const doc = host.ownerDocument;
  const figure = build(doc, payload.tree, htmlNamespace);
  const root = host.attachShadow({ mode: 'open' });
  root.append(figure);
  // A constructed sheet is not an inline style, so a host's CSP without 'unsafe-inline' still applies it.
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in root && 'replaceSync' in view.CSSStyleSheet.prototype) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(payload.css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = payload.css;
    root.prepend(style);
  }
}

/** Draws every placeholder on the page not yet taken, each time it is called. */
function mounter(doc: Document, loaderUrl: string): () => void {
  let scriptUrl: ((url: string) => string) | undefined;
  return () => {
    for (const host of doc.querySelectorAll<HTMLElement>(`[${chartAttribute}]`)) {
      if (host.hasAttribute(stateAttribute)) continue;
      const request = readPlaceholder(host);
      if (!request) {
        host.setAttribute(stateAttribute, 'failed');
        console.warn('Chart placeholder not understood; it keeps its links.', host);
        continue;
      }
      host.setAttribute(stateAttribute, 'loading');
      scriptUrl ??= scriptUrlMaker(doc, loaderUrl);
      loadPayload(doc, fragmentUrl(loaderUrl, request), scriptUrl)
        .then((payload) => {
          draw(host, payload);
          host.setAttribute(stateAttribute, 'ready');
        })
        .catch((error: unknown) => {
          host.setAttribute(stateAttribute, 'failed');
          console.warn(`Chart "${request.chart}" (${request.lang}, step ${request.step}) not drawn; the placeholder keeps its links.`, error);
        });
    }
  };
}

/** Fired on the document by each copy of the script; the first copy answers it, so later ones need not run. */
const mountEvent = 'cloud-loophole-mount';

/**
 * Each pasted snippet brings its own copy of the script. The first to run does the drawing, with the page's one
 * Trusted Types policy; a later copy only asks it to look again, for placeholders added since. The first looks
 * once more when parsing ends, since an async script may run before the rest of the page is there.
 * @public Called by name from the classic script that src/snippet/loaderScript.ts wraps around this module's source.
 */
export function startLoader(doc: Document, script: HTMLOrSVGScriptElement | null): void {
  const loaderUrl = script && 'src' in script ? script.src : '';
  if (!loaderUrl) return;
  const answered = !doc.dispatchEvent(new CustomEvent(mountEvent, { cancelable: true }));
  if (answered) return;
  const mount = mounter(doc, loaderUrl);
  doc.addEventListener(mountEvent, (event) => {
    event.preventDefault();
    mount();
  });
  mount();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mount);
}
