// Firefox smoke test without web-ext: the Firefox build (npm run build:firefox) is
// side-loaded into a fresh firefox-esr profile (ESR honours xpinstall.signatures.required),
// Firefox opens a fixture page headless, and the page itself reports its headline back to
// the fixture server once Qingwen has had time to run. Run: npx tsx scripts/firefox-smoke.ts
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const build = resolve(root, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'qingwen@example.org';

async function filesUnder(dir: string): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = new Uint8Array(await readFile(path));
  }
  return out;
}

const PAGE = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>煙霧測試</title></head>
<body><h1 id="h">這個國家的語言</h1><script>
setTimeout(() => fetch('/report?h=' + encodeURIComponent(document.getElementById('h').textContent)
  + '&state=' + document.documentElement.getAttribute('data-qingwen')), 4000);
</script></body></html>`;

async function main() {
  if (!existsSync(FIREFOX)) return console.log(`skipped: no Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('run npm run build:firefox first');
  const profile = await mkdtemp(join(tmpdir(), 'qingwen-firefox-'));
  await mkdir(join(profile, 'extensions'));
  await writeFile(join(profile, 'extensions', `${ADDON_ID}.xpi`), zipSync(await filesUnder(build)));
  await writeFile(
    join(profile, 'user.js'),
    [
      ['xpinstall.signatures.required', false], ['extensions.autoDisableScopes', 0], ['extensions.enabledScopes', 15],
      ['intl.accept_languages', '"zh-CN"'], ['browser.shell.checkDefaultBrowser', false], ['datareporting.policy.dataSubmissionEnabled', false],
      ['browser.startup.homepage_override.mstone', '"ignore"'], ['toolkit.telemetry.reportingpolicy.firstRun', false],
    ].map(([k, v]) => `user_pref("${k}", ${v});`).join('\n'),
  );
  let report: URLSearchParams | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/report') report = url.searchParams;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(url.pathname === '/' ? PAGE : 'ok');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `http://127.0.0.1:${port}/`], { stdio: 'ignore' });
  try {
    for (let waited = 0; !report && waited < 40_000; waited += 250) await new Promise((ok) => setTimeout(ok, 250));
    const result = report as URLSearchParams | null;
    if (!result) throw new Error('the page never reported back (Firefox did not load it?)');
    const h = result.get('h');
    console.log(`Firefox ESR: headline "${h}", marker ${result.get('state')}`);
    if (h !== '这个国家的语言') throw new Error('Firefox smoke test failed: the page was not converted');
    console.log('Firefox smoke test passed');
  } finally {
    firefox.kill();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
