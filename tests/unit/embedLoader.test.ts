import { gzipSync } from 'node:zlib';
import { JSDOM, requestInterceptor } from 'jsdom';
import { afterEach, describe, expect, test } from 'vitest';
import { bundleClassicScripts, classicEntries } from '../../src/build/classicScripts';
import { heightMessages, messageSource } from '../../src/embed/messages';

// The very script the build serves as /embed.js, bundled the same way.
const root = process.cwd();
const [loader] = await bundleClassicScripts(
  root,
  classicEntries(root).filter(({ name }) => name === 'embed-loader'),
  { assetsFolder: '_astro', hashed: true },
);
const loaderSource = loader!.code;
const ours = 'https://charts.example';
const framePage =
  '<!doctype html><title>frame</title><script>window.received = []; addEventListener("message", (e) => received.push(e.data));</script>';

/** Serves the loader and every frame's page to jsdom, as the sites would; nothing goes to the network. */
const sites = requestInterceptor((request) => {
  if (request.url === `${ours}/embed.js`) return new Response(loaderSource, { headers: { 'Content-Type': 'text/javascript' } });
  return new Response(framePage, { headers: { 'Content-Type': 'text/html' } });
});

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

/** A host page holding our frame, a sandboxed one, and someone else's; the loader added once they have loaded. */
async function hostWithLoader() {
  dom = new JSDOM(
    `<!doctype html><body>
      <iframe id="ours" src="${ours}/embed/en/timeline/" height="800"></iframe>
      <iframe id="sandboxed" sandbox="allow-scripts" src="${ours}/embed/en/gpu-fleets/" height="800"></iframe>
      <iframe id="same-origin-sandbox" sandbox="allow-scripts allow-same-origin" src="${ours}/embed/en/timeline/" height="800"></iframe>
      <iframe id="theirs" src="https://other.example/widget" height="800"></iframe>
    </body>`,
    { url: 'https://blog.example/post', runScripts: 'dangerously', resources: { interceptors: [sites] } },
  );
  const { window } = dom;
  await new Promise((resolve) => window.addEventListener('load', resolve));
  const script = window.document.createElement('script');
  script.src = `${ours}/embed.js`;
  await new Promise((resolve) => {
    script.addEventListener('load', resolve);
    window.document.body.append(script);
  });
  const frame = (id: string) => window.document.getElementById(id) as HTMLIFrameElement;
  const send = (data: unknown, origin: string, source: Window | null) =>
    window.dispatchEvent(new window.MessageEvent('message', { data, origin, source }));
  const height = (id: string) => frame(id).getAttribute('height');
  return { window, frame, send, height };
}

const ourHeight = (height: unknown) => ({ source: messageSource, type: 'height', chart: 'timeline', height });

describe('the embed loader (/embed.js)', () => {
  test('sets our frame to the height its page reports, the message being the one the embed page sends', async () => {
    const { frame, send, height } = await hostWithLoader();
    const [ourMessage] = heightMessages({ chart: 'timeline', height: 912, href: `${ours}/embed/en/timeline/`, pymChildId: undefined });
    send(ourMessage, ours, frame('ours').contentWindow);
    expect(height('ours')).toBe('912');
    expect(frame('ours').style.height).toBe('912px');
    expect(height('theirs')).toBe('800');
  });

  test('ignores a message whose source is not the frame it would size', async () => {
    const { window, frame, send, height } = await hostWithLoader();
    send(ourHeight(640), ours, frame('theirs').contentWindow);
    send(ourHeight(640), ours, window as unknown as Window);
    send(ourHeight(640), ours, null);
    expect([height('ours'), height('theirs')]).toEqual(['800', '800']);
  });

  test('ignores a message from another origin, even from our frame', async () => {
    const { frame, send, height } = await hostWithLoader();
    send(ourHeight(640), 'https://other.example', frame('ours').contentWindow);
    send(ourHeight(640), 'https://charts.example.evil.test', frame('ours').contentWindow);
    send(ourHeight(640), 'null', frame('ours').contentWindow);
    expect(height('ours')).toBe('800');
  });

  test('takes the opaque origin "null" only from a frame sandboxed without allow-same-origin', async () => {
    const { frame, send, height } = await hostWithLoader();
    send(ourHeight(700), 'null', frame('sandboxed').contentWindow);
    send(ourHeight(700), 'null', frame('same-origin-sandbox').contentWindow);
    expect([height('sandboxed'), height('same-origin-sandbox')]).toEqual(['700', '800']);
  });

  test('ignores absurd heights and messages of other shapes', async () => {
    const { frame, send, height } = await hostWithLoader();
    const source = frame('ours').contentWindow;
    for (const absurd of [0, -300, 99, 20001, 1e9, 512.5, Number.NaN, Number.POSITIVE_INFINITY, '600', null]) send(ourHeight(absurd), ours, source);
    send({ 'datawrapper-height': { timeline: 600 } }, ours, source);
    send({ source: 'someone-else', type: 'height', height: 600 }, ours, source);
    send(JSON.stringify(ourHeight(600)), ours, source);
    expect(height('ours')).toBe('800');
    send(ourHeight(100), ours, source);
    expect(height('ours')).toBe('100');
  });

  test('asks our frames, and only ours, for their height when it starts', async () => {
    const { frame } = await hostWithLoader();
    const received = (id: string) => (frame(id).contentWindow as unknown as { received: unknown[] }).received;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received('ours')).toEqual([{ source: messageSource, type: 'request-height' }]);
    expect(received('theirs')).toEqual([]);
  });

  test('is served at /embed.js, the address pasted code names, as one classic script in plain ASCII', () => {
    expect(loader!.path).toBe('embed.js');
    expect(loaderSource).not.toMatch(/^\s*(import|export)\b|\brequire\(/m);
    expect(loaderSource).not.toMatch(/[\u0080-\uffff]/);
  });

  test('is under 2 KB gzipped', () => {
    expect(gzipSync(loaderSource, { level: 9 }).length).toBeLessThan(2048);
  });
});
