// Random payloads for every call, shaped from the call's own schema (so many pass and the
// accept path runs too), plus one-field mutations of payloads that were accepted. Checks:
// the router always answers (never throws, never INTERNAL), and a rejected call writes nothing.
import { z } from 'zod';
import { CALL_NAMES, contract, type CallName } from '../../api/contract';
import { createMember } from '../../db/members/write';
import { basicTree, memberInput, memoryLedger, routerFor } from '../support/testLedger';
import type { Rng } from '../../db/sample/random';

export interface ContractFuzzReport {
  calls: number;
  payloads: number;
  accepted: number;
  rejected: number;
  crashes: number;
  writesOnRejection: number;
  failures: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: Json[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  default?: Json;
  additionalProperties?: Schema | boolean;
  const?: Json;
};

const STRINGS = [
  '',
  ' ',
  '张三',
  '2026-01-01',
  '2026-13-45',
  '../../etc/passwd',
  "'; DROP TABLE members; --",
  '\u0000',
  '𠮷'.repeat(50),
  'x'.repeat(5000),
  '110105197503120021',
  '1',
  'null',
  '<script>alert(1)</script>',
];
const NUMBERS = [0, 1, 2, 3, -1, 1.5, 2026, 2025, 1e15, -1e15, Number.MAX_SAFE_INTEGER, 0.000001];

function wild(r: Rng, depth = 0): Json {
  const k = r.int(depth > 2 ? 4 : 6);
  if (k === 0) return null;
  if (k === 1) return r.chance(0.5);
  if (k === 2) return r.pick(NUMBERS);
  if (k === 3) return r.pick(STRINGS);
  if (k === 4) return Array.from({ length: r.int(4) }, () => wild(r, depth + 1));
  return Object.fromEntries(
    Array.from({ length: r.int(4) }, () => [r.pick(['id', 'name', 'year', 'orgId', 'memberId', '__proto__', 'constructor', 'x']), wild(r, depth + 1)]),
  );
}

/** A value that often satisfies the schema: enums from their lists, ids small, dates well-formed. */
function shaped(r: Rng, s: Schema | undefined, key: string, depth = 0): Json {
  if (!s || depth > 5 || r.chance(0.04)) return wild(r, depth);
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return shaped(r, r.pick(alternatives), key, depth + 1);
  const type = Array.isArray(s.type) ? r.pick(s.type) : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(s.properties ?? {})) if (r.chance(0.85)) out[k] = shaped(r, v, k, depth + 1);
    return out;
  }
  if (type === 'array') return Array.from({ length: r.int(3) }, () => shaped(r, s.items, key, depth + 1));
  if (type === 'integer' || type === 'number') {
    if (/year/i.test(key)) return r.pick([2024, 2025, 2026, 1900, 3000]);
    if (/id$/i.test(key)) return r.pick([1, 2, 3, 4, 999]);
    return r.pick(NUMBERS);
  }
  if (type === 'boolean') return r.chance(0.5);
  if (type === 'null') return null;
  if (type === 'string') {
    if (/(On|Date|^from$|^to$|asOf)$/.test(key)) return r.pick(['2026-03-05', '2025-12-31', '2026-02-30', '2026-11-24']);
    if (/phone/i.test(key)) return r.pick(['13800138000', '010-12345678', 'abc']);
    if (/idNumber/.test(key)) return r.pick(['11010519750312002X', '110105197503120021', '123']);
    return r.pick(STRINGS.slice(0, 8));
  }
  return wild(r, depth);
}

function mutateOne(r: Rng, payload: Json): Json {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return wild(r);
  const keys = Object.keys(payload);
  if (keys.length === 0) return { [r.pick(['id', 'year'])]: wild(r) };
  const copy = { ...payload };
  const key = r.pick(keys);
  if (r.chance(0.2)) delete copy[key];
  else copy[key] = wild(r);
  return copy;
}

/** Calls that write files or spawn workers: their accepted runs are capped to keep the run short. */
const EXPENSIVE = (name: string) =>
  /^(reports|import|backups|files|attachments)\./.test(name) ||
  name === 'years.close' ||
  name === 'points.recompute' ||
  name === 'points.adoptDefault' ||
  name === 'points.copyScheme';

function community() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  for (const name of ['张红', '李明', '王芳']) createMember(ledger, memberInput(tree.branchA.id, { name }), null, '2026-11-24');
  return { ledger, ...routerFor(ledger) };
}

export async function contractFuzz(r: Rng, perCall: number): Promise<ContractFuzzReport> {
  const report: ContractFuzzReport = { calls: 0, payloads: 0, accepted: 0, rejected: 0, crashes: 0, writesOnRejection: 0, failures: [] };
  for (const name of CALL_NAMES as CallName[]) {
    report.calls++;
    const { ledger, router } = community();
    let schema: Schema;
    try {
      schema = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as Schema;
    } catch {
      schema = {};
    }
    const changes = () => (ledger.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const acceptedPayloads: Json[] = [];
    let expensiveRuns = 0;
    for (let i = 0; i < perCall; i++) {
      const base = i % 3 === 2 && acceptedPayloads.length ? mutateOne(r, r.pick(acceptedPayloads)) : i % 3 === 1 ? wild(r) : shaped(r, schema, '');
      const accepted = contract[name].input.safeParse(base).success;
      if (accepted && EXPENSIVE(name) && expensiveRuns++ >= 40) continue;
      report.payloads++;
      const before = changes();
      try {
        const result = await router.handle(name, base);
        if (result.ok) {
          report.accepted++;
          if (acceptedPayloads.length < 50) acceptedPayloads.push(base);
        } else {
          report.rejected++;
          if (result.error.code === 'INTERNAL') {
            report.crashes++;
            report.failures.push(`${name} ${JSON.stringify(base).slice(0, 300)}`);
          }
          if (changes() !== before) {
            report.writesOnRejection++;
            report.failures.push(`${name} wrote on rejection: ${JSON.stringify(base).slice(0, 200)}`);
          }
        }
      } catch (error) {
        report.crashes++;
        report.failures.push(`${name} threw ${(error as Error).message}`);
      }
    }
    ledger.close();
  }
  return report;
}
