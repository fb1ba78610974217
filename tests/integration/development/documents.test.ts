// A person's documents (申请书, 思想汇报, 志愿书 scans) are attachments of owner kind 'development'.
import { describe, expect, it } from 'vitest';
import { devLedger } from './devFixture';

describe('发展党员 documents', () => {
  it('attaches a scan to the person, shows it in the file, and refuses an unknown person', async () => {
    const { call, refusal, applicant } = devLedger();
    const { person } = await applicant('档案人');
    const data = Buffer.from('%PDF-1.4 申请书').toString('base64');
    const added = await call('attachments.add', { kind: 'development', ownerId: person.id, fileName: '入党申请书.pdf', data });
    expect(added.map((a) => [a.ownerId, a.fileName])).toEqual([[person.id, '入党申请书.pdf']]);
    expect((await call('development.person', { id: person.id })).documents.map((d) => d.fileName)).toEqual(['入党申请书.pdf']);
    expect((await refusal('attachments.add', { kind: 'development', ownerId: person.id + 99, fileName: 'x.pdf', data })).message).toMatch(/发展党员档案/);
  });
});
