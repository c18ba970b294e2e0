// A citation in the story is a link named by its source's publisher; the source's full title is where it leads, the
// sources list of the methods page, rather than a hover title repeated at every citation.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtFileOf } from '../support/builtSite';

describe('citations on the story pages', () => {
  for (const lang of ['en', 'zh']) {
    test(`/${lang}/: each names its source and leads to the source's full title on the methods page`, () => {
      const story = readFileSync(builtFileOf(`/${lang}/`), 'utf8');
      const methods = readFileSync(builtFileOf(`/${lang}/methods/`), 'utf8');
      const citations = [...story.matchAll(/<span class="cite">([\s\S]*?)<\/span>/g)].flatMap(([, body]) => [
        ...body!.matchAll(/<a href="\/[a-z]+\/methods\/#([^"]+)"([^>]*)>([^<]*)<\/a>/g),
      ]);
      expect(citations.length).toBeGreaterThan(50);
      const titled = new Map(
        [...methods.matchAll(/<li id="([^"]+)"[^>]*>(?:[^<]|<a [^>]*>[^<]*<\/a>)*<cite[^>]*>([^<]+)<\/cite>/g)].map(([, id, title]) => [id!, title!]),
      );
      for (const [, id, attributes, name] of citations) {
        expect(name!.trim(), `${id}: a link says which source it is`).not.toBe('');
        expect(attributes, `${id}: no hover title`).not.toContain('title=');
        expect(titled.get(id!), `${id}: the methods page gives its title`).toBeTruthy();
      }
    });
  }
});
