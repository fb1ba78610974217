import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { COMMUNITY_GRADES, type CommunityGrade } from '../../../api/dualReg';
import type { CallInput } from '../../../api/contract';
import type { OnjobYearRow } from '../../../api/schemas/dualReg';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const GRADE_COLOR: Record<string, string> = { 优秀: 'red', 合格: 'green', 不合格: 'default' };
const PAGE_SIZE = 50;

/**
 * The year's 在职党员 with count, hours and 社区评价, paged by the ledger (3,000 at street
 * scale), filtered by unit, name and grade; a row's 社区评价 can be changed with a reason.
 * The parent keys it on the year, so filters and page start afresh for another year.
 */
export function YearPeopleTable({ year, units }: { year: number; units: { unitId: number; name: string }[] }) {
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [keyword, setKeyword] = useState('');
  const [grade, setGrade] = useState<CommunityGrade | null>(null);
  const [page, setPage] = useState(1);
  const people = useLedgerQuery('dual.people', { year, unitId, keyword: keyword || null, grade, page, pageSize: PAGE_SIZE });
  const [adjusting, setAdjusting] = useState<OnjobYearRow | null>(null);
  const [form] = Form.useForm<Omit<CallInput<'dual.setEvaluation'>, 'onjobId' | 'year'>>();
  const setEvaluation = useLedgerMutation('dual.setEvaluation');
  const { submit: adjust } = useSubmit(
    form,
    (values) => setEvaluation.call({ ...values, onjobId: adjusting!.onjobId, year }),
    (saved) => {
      message.success(`已将${saved.name}的社区评价调整为“${saved.grade}”`);
      setAdjusting(null);
    },
  );
  const counts = people.data?.grades;
  const total = people.data?.total;

  // A grade change or a refetch can shrink the list under the current page: step back to
  // the last page that has rows rather than show an empty one.
  useEffect(() => {
    if (total === undefined) return;
    const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > lastPage) setPage(lastPage);
  }, [total, page]);

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 220 }}
          value={unitId}
          showSearch
          optionFilterProp="label"
          data-testid="people-unit"
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          options={[{ value: null, label: '全部报到单位' }, ...units.map((u) => ({ value: u.unitId, label: u.name }))]}
        />
        <Input.Search
          allowClear
          placeholder="按姓名查找"
          style={{ width: 180 }}
          onSearch={(v) => {
            setKeyword(v.trim());
            setPage(1);
          }}
        />
        <Radio.Group
          value={grade}
          optionType="button"
          data-testid="people-grade"
          onChange={(e) => {
            setGrade(e.target.value);
            setPage(1);
          }}
        >
          <Radio.Button value={null}>全部</Radio.Button>
          {COMMUNITY_GRADES.map((g) => (
            <Radio.Button key={g} value={g}>
              {g}
              {counts ? ` ${counts[g]}` : ''}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Space>
      <Table<OnjobYearRow>
        data-testid="figures-table"
        rowKey="onjobId"
        size="middle"
        loading={people.isFetching}
        dataSource={people.data?.rows ?? []}
        locale={{ emptyText: grade || unitId || keyword ? '没有符合条件的在职党员' : `${year}年没有已报到的在职党员` }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: people.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 人`,
          onChange: setPage,
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '报到单位', dataIndex: 'unitName' },
          { title: '参加活动', dataIndex: 'activities', width: 90 },
          { title: '服务时长', dataIndex: 'hours', width: 90 },
          { title: '主要服务内容', dataIndex: 'services' },
          { title: '建议等次', dataIndex: 'suggested', width: 90 },
          {
            title: '社区评价',
            width: 160,
            render: (_, r) => (
              <>
                <Tag color={GRADE_COLOR[r.grade]}>{r.grade}</Tag>
                {r.reason && <span style={{ color: '#888' }}>（已调整）</span>}
              </>
            ),
          },
          {
            title: '',
            width: 80,
            render: (_, r) => (
              <a
                data-testid={`adjust-${r.name}`}
                onClick={() => {
                  form.setFieldsValue({ grade: r.grade, reason: r.reason ?? '' });
                  setAdjusting(r);
                }}
              >
                调整
              </a>
            ),
          },
        ]}
      />
      <Modal open={adjusting !== null} title={`调整社区评价：${adjusting?.name ?? ''}`} okText="保存" onOk={adjust} onCancel={() => setAdjusting(null)}>
        <p>
          建议等次：{adjusting?.suggested}（参加活动 {adjusting?.activities} 次，服务 {adjusting?.hours} 小时）
        </p>
        <Form form={form} layout="vertical">
          <Form.Item label="社区评价" name="grade">
            <Select options={COMMUNITY_GRADES.map((g) => ({ value: g, label: g }))} />
          </Form.Item>
          <Form.Item label="调整理由" name="reason" rules={[{ required: true, message: '请填写调整理由' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
