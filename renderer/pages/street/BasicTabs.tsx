// The measures of 汇总 that are one view each: 党员队伍, 双报到, 民主评议, 党费.
import { Tag } from 'antd';
import { useLedgerQuery } from '../../useLedgerQuery';
import { MeasureView } from './MeasureView';
import { count, percent, yuan, type Period } from './period';

export function MembersTab({ period }: { period: Period }) {
  const q = useLedgerQuery('street.members', period);
  return (
    <MeasureView
      measure="members"
      period={period}
      data={q.data}
      error={q.error}
      chart={{ title: '党员总数', value: (r) => r.total, text: (r) => count(r.total) }}
      columns={[
        { title: '党员总数', value: (r) => count(r.total) },
        { title: '正式党员', value: (r) => count(r.full) },
        { title: '预备党员', value: (r) => count(r.probationary) },
        { title: '女党员', value: (r) => count(r.female) },
        { title: '少数民族党员', value: (r) => count(r.minority) },
        { title: '停止党籍', value: (r) => count(r.suspended) },
        { title: '党支部', value: (r) => count(r.branches) },
      ]}
    />
  );
}

export function DualTab({ period }: { period: Period }) {
  const q = useLedgerQuery('street.dual', period);
  return (
    <MeasureView
      measure="dual"
      period={period}
      data={q.data}
      error={q.error}
      chart={{ title: '报到在职党员', value: (r) => r.registered, text: (r) => count(r.registered) }}
      columns={[
        { title: '报到在职党员', value: (r) => count(r.registered) },
        { title: '报到单位', value: (r) => count(r.units) },
        { title: '活动次数', value: (r) => count(r.activities) },
        { title: '参与人次', value: (r) => count(r.participations) },
        { title: '服务时长（小时）', value: (r) => r.hours.toLocaleString('zh-CN', { maximumFractionDigits: 1 }) },
      ]}
    />
  );
}

export function AppraisalTab({ year }: { year: number }) {
  const q = useLedgerQuery('street.appraisal', { year });
  const share = (r: { excellent: number; graded: number }) => (r.graded ? r.excellent / r.graded : null);
  return (
    <MeasureView
      measure="appraisal"
      period={{ year, quarter: null }}
      data={q.data}
      error={q.error}
      chart={{ title: '优秀占评定等次人数的比例', value: (r) => share(r) ?? 0, text: (r) => percent(share(r)), full: 1 }}
      columns={[
        { title: '党员数', value: (r) => count(r.members) },
        { title: '参评', value: (r) => count(r.appraised) },
        { title: '未参评', value: (r) => count(r.absent) },
        { title: '预备党员（不评定）', value: (r) => count(r.probationary) },
        { title: '优秀', value: (r) => count(r.excellent) },
        { title: '合格', value: (r) => count(r.qualified) },
        { title: '基本合格', value: (r) => count(r.basic) },
        { title: '不合格', value: (r) => count(r.unqualified) },
        {
          title: '优秀比例（≤1/3）',
          width: 140,
          value: (r) => (r.overThird ? <Tag color="red">{percent(share(r))} 超过1/3</Tag> : percent(share(r))),
        },
      ]}
    />
  );
}

export function DuesTab({ period }: { period: Period }) {
  const q = useLedgerQuery('street.dues', period);
  return (
    <MeasureView
      measure="dues"
      period={period}
      data={q.data}
      error={q.error}
      chart={{ title: '实交党费（元）', value: (r) => r.paidFen, text: (r) => yuan(r.paidFen) }}
      columns={[
        {
          title: '应交人数',
          width: 150,
          // An older version's package carries no community-level heads: its 应交/欠交人数 are the branch lines' sum.
          value: (r) =>
            r.headsSummed ? (
              <span>
                {count(r.owingMembers)}{' '}
                <Tag
                  color="orange"
                  title="该上报包由旧版本生成，应交人数、欠交人数为各支部之和（本期调动支部的党员计为两人）"
                  data-testid="street-dues-heads-summed"
                >
                  各支部之和
                </Tag>
              </span>
            ) : (
              count(r.owingMembers)
            ),
        },
        { title: '应交（元）', value: (r) => yuan(r.dueFen) },
        { title: '实交（元）', value: (r) => yuan(r.paidFen) },
        { title: '欠交人数', value: (r) => count(r.arrearsMembers) },
        { title: '欠交（元）', value: (r) => yuan(r.arrearsFen) },
        { title: '支部上缴（元）', value: (r) => yuan(r.handedFen) },
        { title: '社区上缴街道（元）', value: (r) => yuan(r.toStreetFen) },
      ]}
    />
  );
}
