import { Script } from 'node:vm';
import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { fragmentScript, snippetPayload } from '../../src/snippet/fragment';
import { fragmentUrl, readPlaceholder } from '../../src/snippet/loader';
import { bundleClassicScripts, classicEntries } from '../../src/build/classicScripts';
import { snippetHtml } from '../../src/snippet/placeholder';
import { storyPlacesByLocale } from '../support/storyPlaces';

const places = storyPlacesByLocale();

// The very script the build serves as /snippet/v1.js, bundled the same way.
const root = process.cwd();
const [loader] = await bundleClassicScripts(
  root,
  classicEntries(root).filter(({ name }) => name === 'snippet-loader'),
  { assetsFolder: '_astro', hashed: true },
);

function placeholder(attributes: string): Element {
  return new JSDOM(`<div ${attributes}></div>`).window.document.querySelector('div')!;
}

describe('readPlaceholder', () => {
  test('reads the chart, language and step a placeholder names', () => {
    expect(readPlaceholder(placeholder('data-cloud-loophole-chart="gpu-fleets" data-lang="zh" data-step="2"'))).toEqual({
      chart: 'gpu-fleets',
      lang: 'zh',
      step: 2,
    });
  });

  test('takes English and the first step when the placeholder leaves them out', () => {
    expect(readPlaceholder(placeholder('data-cloud-loophole-chart="timeline"'))).toEqual({ chart: 'timeline', lang: 'en', step: 0 });
  });

  test('refuses names that could reach outside the fragment folder', () => {
    expect(readPlaceholder(placeholder('data-cloud-loophole-chart="../secret"'))).toBeUndefined();
    expect(readPlaceholder(placeholder('data-cloud-loophole-chart="timeline" data-lang="../x"'))).toBeUndefined();
    expect(readPlaceholder(placeholder('data-cloud-loophole-chart="timeline" data-step="-1"'))).toBeUndefined();
  });
});

describe('fragmentUrl', () => {
  test('puts fragments beside the loader, under any base path', () => {
    expect(fragmentUrl('https://example.org/base/snippet/v1.js', { chart: 'timeline', lang: 'zh', step: 2 })).toBe(
      'https://example.org/base/snippet/v1/zh/timeline/2.js',
    );
  });
});

describe('the loader script', () => {
  const script = loader!.code;

  test('is served at /snippet/v1.js, the address pasted snippets name', () => {
    expect(loader!.path).toBe('snippet/v1.js');
  });

  test('is one classic script in plain ASCII, so any page in any encoding can run it', () => {
    expect(() => new Script(script)).not.toThrow();
    expect(script).not.toMatch(/^\s*(import|export)\b|\brequire\(/m);
    expect(script).not.toMatch(/[\u0080-\uffff]/);
  });
});

/** A host page of another origin with the given snippets; the site's files answer from the build's own functions. */
function hostPage(body: string) {
  const requested: string[] = [];
  const site = (path: string): string | undefined => {
    if (path === '/snippet/v1.js') return loader!.code;
    const match = /^\/snippet\/v1\/(en|zh)\/([a-z-]+)\/(\d+)\.js$/.exec(path);
    return match
      ? fragmentScript(snippetPayload(match[2]!, match[1] as 'en' | 'zh', places[match[1] as 'en' | 'zh'].get(match[2]!), Number(match[3])))
      : undefined;
  };
  const dom = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, {
    url: 'https://host.example/article/',
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          const path = new URL(request.url).pathname;
          requested.push(path);
          const text = site(path);
          return Promise.resolve(
            text === undefined ? new Response('Not found', { status: 404 }) : new Response(text, { headers: { 'Content-Type': 'text/javascript' } }),
          );
        }),
      ],
    },
  });
  return { document: dom.window.document, requested };
}

async function settled(document: Document): Promise<void> {
  const busy = () =>
    document.querySelector('[data-cloud-loophole-chart]:not([data-cloud-loophole-state="ready"]):not([data-cloud-loophole-state="failed"])');
  for (let tries = 0; busy() && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('the pasted snippet in a page', () => {
  test('draws the chart, its title, source and link inside a shadow root, leaving the fallback links in place', async () => {
    const { document } = hostPage(snippetHtml('chip-thresholds', 'zh', places.zh.get('chip-thresholds'), 3));
    await settled(document);
    const host = document.querySelector<HTMLElement>('[data-cloud-loophole-chart]')!;
    expect(host.getAttribute('data-cloud-loophole-state')).toBe('ready');
    const figure = host.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('lang')).toBe('zh-CN');
    expect(figure.querySelector('.title')!.textContent).toBe('规则划线，芯片贴线');
    const svgs = [...figure.querySelectorAll('svg')];
    expect(svgs.map((svg) => [svg.namespaceURI, svg.getAttribute('data-step'), svg.getAttribute('width')])).toEqual([
      ['http://www.w3.org/2000/svg', '3', '360'],
      ['http://www.w3.org/2000/svg', '3', '720'],
    ]);
    expect(figure.querySelector('.source')!.textContent).toMatch(/^来源：/);
    expect(figure.querySelector('.more a')!.getAttribute('href')).toMatch(/\/zh\/#nvidia-answers-2023$/);
    expect(host.querySelectorAll('a')).toHaveLength(2);
  });

  test('two snippets, two copies of the script: each chart drawn once, each fragment loaded once', async () => {
    const { document, requested } = hostPage(
      `${snippetHtml('timeline', 'en', places.en.get('timeline'), 1)}\n${snippetHtml('gpu-fleets', 'en', places.en.get('gpu-fleets'), 2)}`,
    );
    await settled(document);
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-cloud-loophole-chart]')];
    expect(hosts.map((host) => host.getAttribute('data-cloud-loophole-state'))).toEqual(['ready', 'ready']);
    expect(hosts.map((host) => host.shadowRoot!.querySelectorAll('figure').length)).toEqual([1, 1]);
    expect(requested.filter((path) => path.includes('/snippet/v1/')).sort()).toEqual([
      '/snippet/v1/en/gpu-fleets/2.js',
      '/snippet/v1/en/timeline/1.js',
    ]);
  });

  test('a step the chart does not have leaves the placeholder with its links', async () => {
    const { document } = hostPage(snippetHtml('chip-thresholds', 'en', places.en.get('chip-thresholds')).replace('data-step="0"', 'data-step="9"'));
    await settled(document);
    const host = document.querySelector<HTMLElement>('[data-cloud-loophole-chart]')!;
    expect(host.getAttribute('data-cloud-loophole-state')).toBe('failed');
    expect(host.shadowRoot).toBeNull();
  });
});
