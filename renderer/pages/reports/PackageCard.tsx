import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, InputNumber, Select, Space, Typography } from 'antd';
import { deliver } from '../../components/deliver';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

const PERIODS = [
  { value: 0, label: '全年' },
  { value: 1, label: '第一季度' },
  { value: 2, label: '第二季度' },
  { value: 3, label: '第三季度' },
  { value: 4, label: '第四季度' },
];

/** 生成上报包: the one file a community sends its street for a year or a quarter (docs/package.md). */
export default function PackageCard({ defaultYear }: { defaultYear: number }) {
  const { message } = App.useApp();
  const make = useLedgerMutation('reports.reportPackage');
  const [year, setYear] = useState(defaultYear);
  const [quarter, setQuarter] = useState(0);
  const [fullIds, setFullIds] = useState(false);
  const [delivering, setDelivering] = useState(false);
  // Where the last package went: said on the card, not only in a message that fades.
  const [made, setMade] = useState<{ delivered: string; kept: string } | null>(null);
  // Whether the package will carry the street's 接入码 signature (issue 31; docs/package.md).
  const signed = Boolean(useLedgerQuery('settings.get', {}).data?.accessCode);

  async function run() {
    const result = await make.call({ year, quarter: quarter === 0 ? null : quarter, fullIdNumbers: fullIds });
    if (!result.ok) return message.error(result.error.message);
    setDelivering(true);
    setMade({ delivered: '', kept: result.value.keptPath });
    try {
      const delivered = await deliver(result.value);
      message.success(delivered);
      setMade({ delivered, kept: result.value.keptPath });
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setDelivering(false);
    }
  }

  return (
    <Card
      title="生成上报包"
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" data-testid="package-make" loading={make.busy || delivering} onClick={run}>
          生成上报包
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        把所选期间报街道的报表和数据打包成一个文件（.zip），用U盘或内网邮件交给街道，街道用本软件导入后自动汇总。包内带校验码，生成后若被改动，街道导入时会被拒收。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="package-signed">
        {signed
          ? '已在系统设置中填写街道发放的接入码：上报包将用它签名，街道可确认出自本社区且未被改动。'
          : '未填写接入码：上报包不签名，街道导入时会标为“未签名”。如街道已发放接入码，请在系统设置中填写。'}
      </Typography.Paragraph>
      <Space size="large" wrap>
        <span>
          年度 <InputNumber data-testid="package-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </span>
        <Select data-testid="package-quarter" style={{ width: 120 }} value={quarter} onChange={setQuarter} options={PERIODS} />
        <Checkbox data-testid="package-full-id" checked={fullIds} onChange={(e) => setFullIds(e.target.checked)}>
          包含完整身份证号
        </Checkbox>
      </Space>
      {made && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="package-made"
          title="上报包已生成"
          description={
            <>
              {made.delivered && <div>{made.delivered}</div>}
              <div>
                数据文件夹中留有一份：
                <Typography.Text copyable data-testid="package-kept">
                  {made.kept}
                </Typography.Text>
              </div>
            </>
          }
        />
      )}
      {fullIds && (
        <Alert style={{ marginTop: 12 }} type="warning" showIcon message="上报包将包含完整的身份证号和电话号码，请妥善保管和传递，只在街道明确要求时勾选。" />
      )}
    </Card>
  );
}
