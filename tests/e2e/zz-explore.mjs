import { launch, openApp, settle, shot } from './browser.mjs';
import { findRange, dragSelect, ui } from './helpers.mjs';
for (const [w, h] of [[390, 844], [800, 600]]) {
  const b = await launch({ width: w, height: h });
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await shot(page, `zz-${w}-a`);
    const r = await findRange(page, '123 countries');
    await dragSelect(page, r);
    await shot(page, `zz-${w}-b-selected`);
    await page.keyboard.press('c');
    await settle(page);
    await page.keyboard.type('A note that is quite long, to see how the note field behaves when it has to wrap over several lines in the panel.');
    await settle(page);
    await shot(page, `zz-${w}-c-editor`);
    console.log(JSON.stringify((await ui(page)).rects).slice(0, 600));
    console.log(b.errors);
  } finally { await b.close(); }
}
