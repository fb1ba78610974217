import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { APPRAISAL_GRADES, DISPOSALS, starLabel } from '../../../api/points';
import type { CallInput } from '../../../api/contract';
import type { AppraisalBatch, AppraisalRow } from '../../../api/schemas/points';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const GRADE_COLOR: Record<string, string> = { 优秀: 'red', 合格: 'green', 基本合格: 'orange', 不合格: 'default' };

/** 民主评议党员, per branch: the app prepares each member's year; the secretary records and decides. */
export function AppraisalTab({ year, closed }: { year: number; closed: boolean }) {
  const { message } = App.useApp();
  const overview = useLedgerQuery('appraisal.overview', { year });
  const exporter = useExport();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [editing, setEditing] = useState<AppraisalRow | null>(null);
  const [form] = Form.useForm<Omit<CallInput<'appraisal.saveEntry'>, 'appraisalId' | 'memberId'>>();
  const grade = Form.useWatch('grade', form);
  const branches = overview.data?.branches ?? [];
  const current = branches.find((b) => b.orgId === orgId) ?? branches[0];
  const batch: AppraisalBatch | null = current?.batch ?? null;

  const createBatch = useLedgerMutation('appraisal.create');
  const saveEntry = useLedgerMutation('appraisal.saveEntry');
  const { submit: save } = useSubmit(
    form,
    (values) => saveEntry.call({ appraisalId: batch!.id, memberId: editing!.memberId, ...values }),
    (saved) => {
      setEditing(null);
      if (saved.warning) message.warning(saved.warning);
    },
  );

  async function create() {
    const r = await createBatch.call({ year, orgId: current!.orgId });
    if (!r.ok) message.error(r.error.message);
  }

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          data-testid="appraisal-branch"
          style={{ width: 260 }}
          value={current?.orgId}
          onChange={setOrgId}
          options={branches.map((b) => ({ value: b.orgId, label: `${b.orgName}（${b.members}人）${b.batch ? '' : '· 未建立'}` }))}
        />
        {current && !batch && (
          <Button type="primary" data-testid="appraisal-create" disabled={closed} onClick={create}>
            建立{year}年民主评议名单
          </Button>
        )}
        <Button loading={exporter.busy === 'ap'} onClick={() => exporter.run('ap', () => client.call('reports.appraisal', { year }))}>
          导出民主评议汇总表
        </Button>
      </Space>
      {batch && (
        <>
          <p data-testid="appraisal-counts">
            党员 {batch.counts.total} 人，参评 {batch.counts.appraised} 人，未参评 {batch.counts.absent} 人；优秀 {batch.counts['优秀']}，合格{' '}
            {batch.counts['合格']}，基本合格 {batch.counts['基本合格']}，不合格 {batch.counts['不合格']}，待评定 {batch.counts.ungraded}
          </p>
          {batch.warning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="appraisal-warning" title={batch.warning} />}
          <Table<AppraisalRow>
            data-testid="appraisal-table"
            rowKey="memberId"
            size="middle"
            pagination={false}
            dataSource={batch.rows}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 90 },
              { title: '出勤率', width: 80, render: (_, r) => (r.attendanceRate === null ? '—' : `${Math.round(r.attendanceRate * 100)}%`) },
              { title: '积分', dataIndex: 'points', width: 70, render: (v) => v ?? '—' },
              { title: '星级', width: 70, render: (_, r) => (r.stars ? starLabel(r.stars) : '—') },
              { title: '活动', dataIndex: 'activities', width: 60 },
              { title: '建议等次（仅供参考）', width: 150, render: (_, r) => (r.probationary ? '预备党员不评定等次' : r.suggested) },
              { title: '民主测评', dataIndex: 'ratingResult' },
              {
                title: '评定等次',
                width: 110,
                render: (_, r) =>
                  r.absentReason ? (
                    <Tag>未参评</Tag>
                  ) : r.probationary ? (
                    <Tag>预备党员</Tag>
                  ) : r.grade ? (
                    <Tag color={GRADE_COLOR[r.grade]}>{r.grade}</Tag>
                  ) : (
                    '待评定'
                  ),
              },
              { title: '理由/处置', render: (_, r) => [r.absentReason, r.reason, r.disposal].filter(Boolean).join('；') },
              {
                title: '',
                width: 60,
                render: (_, r) =>
                  closed ? null : (
                    <a
                      data-testid={`appraise-${r.name}`}
                      onClick={() => {
                        form.resetFields();
                        form.setFieldsValue({ ...r, grade: r.grade ?? (r.absentReason ? null : r.suggested) });
                        setEditing(r);
                      }}
                    >
                      评定
                    </a>
                  ),
              },
            ]}
          />
        </>
      )}
      <Modal
        open={editing !== null}
        title={`民主评议：${editing?.name ?? ''}`}
        okText="保存"
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={600}
      >
        <p style={{ color: '#888' }}>
          建议等次：{editing?.suggested}
          （依据出勤率、积分星级，仅供参考）。评定等次与建议不同时请填写理由；评为优秀的一般不超过已评定等次的正式党员的三分之一；预备党员参加评议，不评定等次。
        </p>
        <Form form={form} layout="vertical">
          <Form.Item label="未参评原因（参评的请留空）" name="absentReason">
            <Input />
          </Form.Item>
          <Form.Item label="个人自评" name="selfResult">
            <Input.TextArea rows={1} />
          </Form.Item>
          <Form.Item label="党员互评" name="peerResult">
            <Input.TextArea rows={1} />
          </Form.Item>
          <Form.Item label="民主测评结果" name="ratingResult">
            <Input placeholder="例如：优秀 8 票，合格 12 票" />
          </Form.Item>
          <Space>
            <Form.Item label="评定等次" name="grade">
              <Select allowClear style={{ width: 140 }} options={APPRAISAL_GRADES.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
            <Form.Item label="评定理由" name="reason">
              <Input style={{ width: 360 }} />
            </Form.Item>
          </Space>
          {grade === '不合格' && (
            <Space>
              <Form.Item label="处置方式" name="disposal" rules={[{ required: true, message: '请选择处置方式' }]}>
                <Select style={{ width: 140 }} options={DISPOSALS.map((d) => ({ value: d, label: d }))} />
              </Form.Item>
              <Form.Item label="处置情况" name="disposalNote">
                <Input style={{ width: 360 }} />
              </Form.Item>
            </Space>
          )}
        </Form>
      </Modal>
    </>
  );
}
