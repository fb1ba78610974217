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
/** Quote-aware CSV: a description may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) (row.push(cell.trim()), (cell = ''));
    else if (ch === '\n' && !quoted) (row.push(cell.trim()), rows.push(row), (row = []), (cell = ''));
    else if (ch !== '\r' || quoted) cell += ch;
  }
  if (cell.trim() || row.length) (row.push(cell.trim()), rows.push(row));
  return rows;
}
// Columns: issue, severity, confidence, filename, location, sample, description, url
const findings = parseCsv(fs.readFileSync(csv, 'utf8'))
  .slice(1)
  .filter((cells) => cells.length > 1)
  .map((cells) => ({ issue: cells[0], severity: cells[1], file: cells[3], location: cells[4] }));
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.file}:${f.location}`);
const high = findings.filter((f) => f.severity === 'HIGH');
console.log(`electronegativity: ${findings.length} 项发现，其中 HIGH ${high.length} 项`);
process.exit(high.length > 0 ? 1 : 0);
