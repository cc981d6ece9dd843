// Runs before `npm start` and `npm test`: make sure a Chromium and CJK fonts are there.
// On Debian/Ubuntu as root it installs them with apt-get; elsewhere it says what to install.
import { execSync } from 'node:child_process';
import { BrowserNotFoundError, findBrowser } from '@/tests/harness/browser';

function hasCjkFont(): boolean {
  try {
    return /CJK/i.test(execSync('fc-list :lang=zh family', { encoding: 'utf8' }));
  } catch {
    return process.platform !== 'linux'; // macOS and Windows ship CJK fonts
  }
}

function haveBrowser(): boolean {
  try {
    findBrowser();
    return true;
  } catch (error) {
    if (error instanceof BrowserNotFoundError && process.env.CHROME_PATH) throw error;
    return false;
  }
}

const canApt =
  process.platform === "linux" && process.getuid?.() === 0 && execSync("command -v apt-get || true", { shell: "/bin/sh" }).toString().trim() !== "";

try {
  if (haveBrowser() && hasCjkFont()) process.exit(0);
  if (!canApt) {
    console.error('Qingwen needs Chromium (or Chrome) and CJK fonts for its real-browser tests and demo.');
    console.error('Install them, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk');
    console.error('or point CHROME_PATH at a Chrome/Chromium binary.');
    process.exit(1);
  }
  console.log('Installing chromium and fonts-noto-cjk with apt-get ...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  findBrowser();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
