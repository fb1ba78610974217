import { useState } from 'react';
import { Button, Form, Input, List, Modal, Space } from 'antd';
import type { StreetPackageRow } from '../../../api/schemas/street';
import { client } from '../../api';
import { useExport } from '../../components/useExport';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';

/** The community's own forms inside one package (花名册, 年报 …), each opened as it printed them. */
function FormsModal({ row, onClose }: { row: StreetPackageRow; onClose: () => void }) {
  const forms = useLedgerQuery('street.packageForms', { id: row.id });
  const exporter = useExport();
  return (
    <Modal open title={`${row.packageCommunity}${row.periodLabel}上报包中的报表`} footer={null} onCancel={onClose} width={520}>
      <List
        data-testid="street-package-forms"
        loading={forms.isFetching && !forms.data}
        locale={{ emptyText: '该上报包导入时本软件还不保存原文件，只能查看汇总数字' }}
        dataSource={forms.data?.forms ?? []}
        renderItem={(name) => (
          <List.Item
            actions={[
              <Button
                key="open"
                size="small"
                data-testid={`street-package-form-${name.replace('报表/', '').replace('.xlsx', '')}`}
                loading={exporter.busy === name}
                onClick={() => void exporter.run(name, () => client.call('street.exportPackageForm', { id: row.id, name }))}
              >
                打开
              </Button>,
            ]}
          >
            {name.replace('报表/', '')}
          </List.Item>
        )}
      />
    </Modal>
  );
}

/** 作废 with a reason: the package stays listed, leaves every view; the one it had replaced stands again. */
function VoidModal({ row, onClose }: { row: StreetPackageRow; onClose: () => void }) {
  const voidPackage = useLedgerMutation('street.voidPackage');
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  async function ok() {
    const { reason } = await form.validateFields();
    const r = await voidPackage.call({ id: row.id, reason });
    if (!r.ok) return setError(r.error.message);
    onClose();
  }
  return (
    <Modal
      open
      title={`作废${row.packageCommunity}${row.periodLabel}上报包`}
      okText="作废"
      okButtonProps={{ danger: true, 'data-testid': 'street-void-ok' } as React.ComponentProps<typeof Button>}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <p style={{ color: '#888' }}>作废后该上报包仍保留在列表中，不再计入任何汇总；它替换过的上报包恢复使用。</p>
      <Form form={form} layout="vertical">
        <Form.Item
          label="作废原因"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Input aria-label="作废原因" data-testid="street-void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PackageActions({ row }: { row: StreetPackageRow }) {
  const [open, setOpen] = useState<'forms' | 'void' | null>(null);
  return (
    <Space>
      {row.hasFile && (
        <a data-testid={`street-package-forms-${row.packageCommunity}-${row.periodLabel}`} onClick={() => setOpen('forms')}>
          报表
        </a>
      )}
      {!row.voidedAt && (
        <a data-testid={`street-package-void-${row.packageCommunity}-${row.periodLabel}`} onClick={() => setOpen('void')}>
          作废
        </a>
      )}
      {open === 'forms' && <FormsModal row={row} onClose={() => setOpen(null)} />}
      {open === 'void' && <VoidModal row={row} onClose={() => setOpen(null)} />}
    </Space>
  );
}
