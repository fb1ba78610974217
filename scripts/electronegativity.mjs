// Runs electronegativity over electron/ and fails on any HIGH finding. Its exit code is 0
// whatever it finds, so the CSV it writes is read instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-eneg-')), 'report.csv');
const electronVersion = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
const bin = path.join('node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
spawnSync(process.execPath, [bin, '-i', 'electron', '-o', csv, '-r', '-e', electronVersion], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
if (!fs.existsSync(csv)) {
  console.error('electronegativity 没有生成报告');
  process.exit(1);
}
const rows = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean);
// Columns: issue, severity, confidence, filename, location, sample, description, url
function cellsOf(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) cells.push(cell.trim()), (cell = '');
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
const findings = rows.map((line) => {
  const cells = cellsOf(line);
  return { issue: cells[0], severity: cells[1], file: cells[3], location: cells[4] };
});
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.file}:${f.location}`);
const high = findings.filter((f) => f.severity === 'HIGH');
console.log(`electronegativity: ${findings.length} 项发现，其中 HIGH ${high.length} 项`);
process.exit(high.length > 0 ? 1 : 0);
