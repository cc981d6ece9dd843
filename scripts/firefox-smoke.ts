// Firefox smoke test: headless firefox-esr with the Firefox build side-loaded (firefox-session.ts)
// opens a fixture page, and the page itself reports its headline back to the fixture server once
// Qingwen has converted it. Run: npx tsx scripts/firefox-smoke.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { runFirefoxScript, serveLocally, startFirefox, type FirefoxSession } from './firefox-session';

// The page polls its own headline and reports as soon as it changed (or after 30 s, unchanged).
const PAGE = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>煙霧測試</title></head>
<body><h1 id="h">這個國家的語言</h1><script>
const h = document.getElementById('h');
const original = h.textContent;
const started = Date.now();
const poll = setInterval(() => {
  if (h.textContent === original && Date.now() - started < 30000) return;
  clearInterval(poll);
  fetch('/report?h=' + encodeURIComponent(h.textContent) + '&state=' + document.documentElement.getAttribute('data-qingwen'));
}, 100);
</script></body></html>`;

runFirefoxScript(async () => {
  let report: URLSearchParams | null = null;
  const server = await serveLocally((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/report') report = url.searchParams;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(url.pathname === '/' ? PAGE : 'ok');
  });
  let firefox: FirefoxSession | undefined;
  try {
    firefox = await startFirefox({ args: [`http://127.0.0.1:${server.port}/`] });
    for (let waited = 0; !report && waited < 40_000; waited += 250) await sleep(250);
    const result = report as URLSearchParams | null;
    if (!result) throw new Error('the page never reported back (Firefox did not load it?)');
    const h = result.get('h');
    console.log(`Firefox ESR: headline "${h}", marker ${result.get('state')}`);
    if (h !== '这个国家的语言') throw new Error('Firefox smoke test failed: the page was not converted');
    console.log('Firefox smoke test passed');
  } finally {
    await firefox?.stop();
    await server.close();
  }
});
