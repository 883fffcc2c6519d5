// Root `postinstall`: installs the web app's own packages (web/package-lock.json) and builds it, so that
// `npm ci && npm start` is all a newcomer runs. Playwright's browser download is skipped: the tests drive the
// system Chromium. Set SKIP_WEB_INSTALL=1 to skip (for example in a Docker stage that builds the web app apart).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SKIP_WEB_INSTALL === '1' || !existsSync('web/package.json')) {
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
for (const args of [
  ['ci', '--prefix', 'web', '--no-audit', '--no-fund'],
  ['run', 'build', '--prefix', 'web'],
]) {
  console.log(`> npm ${args.join(' ')}`);
  const run = spawnSync(npm, args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    process.exit(run.status ?? 1);
  }
}
