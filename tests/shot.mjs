import { chromium } from '@playwright/test';
const [,, path, width = '1280', out = 'test-results/shot.png', js = '1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(width) < 600 ? 740 : 900 }, javaScriptEnabled: js === '1' });
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://localhost:4321' + path);
await p.waitForTimeout(1500);
await p.screenshot({ path: out });
await b.close();
