// The warm-Chromium peer of bench/run: one headless Chromium (Debian's /usr/bin/chromium, driven by
// puppeteer-core, which downloads nothing) for the whole batch and a fresh page per document, each printed
// with page.pdf({preferCSSPageSize: true}), as teams print HTML to PDF. Usage: node chromium.mjs HTML_DIR
// OUT_DIR [PAGES_AT_ONCE]. Prints the in-process time; the caller times the whole process, start-up included.
import { readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [src, out, atOnce = '1'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const files = readdirSync(src).filter((f) => f.endsWith('.html')).sort();
const t0 = performance.now();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // As root in a container Chromium needs --no-sandbox; the rest is puppeteer's defaults.
  args: ['--no-sandbox'],
});
let next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(src, f)).href, { waitUntil: 'load' });
    await page.pdf({ path: join(out, f.replace(/\.html$/, '.pdf')), preferCSSPageSize: true, printBackground: true });
    await page.close();
  }
}
await Promise.all(Array.from({ length: Number(atOnce) }, worker));
await browser.close();
console.log(`chromium printed ${files.length} documents in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
