// `npm run test:e2e`: builds the app, finds a Chromium, runs the Playwright suite against the build.
import { spawnSync } from 'node:child_process';
import { findChromium, howToGetChromium } from './find-chromium.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(howToGetChromium);
  process.exit(1);
}
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
