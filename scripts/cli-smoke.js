// Runs the built command as a user would (`npx event-timeline validate …`): valid files pass
// with exit 0, a broken one fails with exit 1 and names the path of the problem.
import {spawnSync} from 'node:child_process';

function run(args) {
  return spawnSync(process.execPath, ['bin/event-timeline.js', 'validate', ...args], {encoding: 'utf8'});
}

const good = run(['demo/data/story-ru.json', 'demo/data/story-en.json', 'test/fixtures/timelinejs/whitney-houston.json']);
const bad = run(['test/unit/cli/fixtures/broken.json']);
const failures = [];
if (good.status !== 0) failures.push(`valid files: exit ${good.status}\n${good.stdout}${good.stderr}`);
if (!/story-ru\.json: 7 events/.test(good.stdout)) failures.push(`no summary for story-ru.json:\n${good.stdout}`);
if (bad.status !== 1) failures.push(`broken file: exit ${bad.status}, expected 1\n${bad.stdout}${bad.stderr}`);
if (!/broken\.json: error events\[\d+\]\./.test(bad.stdout)) failures.push(`broken file: no issue with a path:\n${bad.stdout}`);
if (failures.length) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
console.log(good.stdout.trim());
console.log(`broken.json: exit 1, ${bad.stdout.trim().split('\n').length - 1} issues listed`);
