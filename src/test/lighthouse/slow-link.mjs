// DOMContentLoaded of pages over a slow link: Chromium's network emulation at 256 kbit/s both ways and 300 ms
// latency, cache empty, a 360 x 740 phone window, signed in with the session cookie.
//   node slow-link.mjs BASE COOKIE LABEL=PATH...   (prints one "label: N ms (K KB)" line per page)
import puppeteer from 'puppeteer-core';

const [base, cookie, ...pages] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const spec of pages) {
    const [label, path] = spec.split('=');
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740, isMobile: true });
    await page.setExtraHTTPHeaders({ Cookie: cookie });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 300, downloadThroughput: 256 * 1024 / 8, uploadThroughput: 256 * 1024 / 8,
    });
    const response = await page.goto(base + path, { waitUntil: 'load', timeout: 60000 });
    const timing = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const bytes = performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, n.transferSize);
      return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), bytes };
    });
    console.log(`  ${label}: DOMContentLoaded ${timing.dcl} ms, load ${timing.load} ms, `
      + `${Math.round(timing.bytes / 1024)} KB transferred (HTTP ${response.status()})`);
    await page.close();
  }
} finally {
  await browser.close();
}
