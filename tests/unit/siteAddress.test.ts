import { describe, expect, test } from 'vitest';
import { isPublicBuild, localSiteUrl, siteAddress } from '../../src/site/siteAddress';

describe('siteAddress', () => {
  test('a local build or the dev server without SITE_URL says the site is on localhost', () => {
    expect(siteAddress({})).toBe(localSiteUrl);
    expect(siteAddress({ npm_lifecycle_event: 'test:e2e' })).toBe('http://localhost:4321/');
  });

  test('SITE_URL, when set, is the address, with its trailing slash', () => {
    expect(siteAddress({ SITE_URL: 'https://loophole.example.net' })).toBe('https://loophole.example.net/');
    expect(siteAddress({ SITE_URL: ' https://last-loophole.pages.dev/ ', npm_lifecycle_event: 'deploy' })).toBe('https://last-loophole.pages.dev/');
  });

  test('npm run deploy and hosts’ build services are public builds', () => {
    expect(isPublicBuild({ npm_lifecycle_event: 'deploy' })).toBe(true);
    expect(isPublicBuild({ CF_PAGES: '1' })).toBe(true);
    expect(isPublicBuild({ NETLIFY: 'true' })).toBe(true);
    expect(isPublicBuild({ npm_lifecycle_event: 'build' })).toBe(false);
  });

  test('a public build without SITE_URL stops, saying what to set and why', () => {
    expect(() => siteAddress({ npm_lifecycle_event: 'deploy' })).toThrow(/SITE_URL is not set[\s\S]*canonical[\s\S]*SITE_URL=https:\/\//);
    expect(() => siteAddress({ CF_PAGES: '1', SITE_URL: '' })).toThrow(/SITE_URL is not set/);
  });

  test('a public build refuses addresses readers cannot reach: localhost, example domains, plain http', () => {
    for (const SITE_URL of ['http://localhost:4321', 'https://127.0.0.1', 'https://cloud-loophole.example.org', 'http://last-loophole.pages.dev']) {
      expect(() => siteAddress({ npm_lifecycle_event: 'deploy', SITE_URL }), SITE_URL).toThrow(/readers cannot reach/);
    }
  });

  test('a malformed SITE_URL is named in the error', () => {
    expect(() => siteAddress({ SITE_URL: 'last-loophole.pages.dev' })).toThrow(
      'SITE_URL must be an absolute address such as https://example.com/, got "last-loophole.pages.dev"',
    );
    expect(() => siteAddress({ SITE_URL: 'ftp://example.net' })).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteAddress({ SITE_URL: 'https://example.net/story/' })).toThrow(/without a path/);
  });
});
