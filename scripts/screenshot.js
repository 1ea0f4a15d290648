// Takes PNG screenshots of demo pages in headless Chromium, for looking at what we build
// and for the README. Usage: node scripts/screenshot.js URL OUT.png [width] [height] [--dark]
import puppeteer from 'puppeteer-core';
import {findChrome, CHROME_FLAGS} from './find-chrome.js';

const [url, out, width = '1100', height = '800', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js URL OUT.png [width] [height] [--dark] [--full]');
  process.exit(2);
}
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_FLAGS});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({width: Number(width), height: Number(height), deviceScaleFactor: 1});
  if (flags.includes('--dark')) await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'dark'}]);
  await page.goto(url, {waitUntil: 'networkidle0'});
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({path: out, fullPage: flags.includes('--full')});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
