// Runs the browser tests with @web/test-runner, after making sure a Chromium is there
// (web-test-runner.config.js asks scripts/find-chrome.js for it).
import {spawnSync} from 'node:child_process';

const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {stdio: 'inherit'});
process.exit(result.status ?? 1);
