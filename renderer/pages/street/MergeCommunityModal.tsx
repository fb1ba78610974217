import { Button, Form, Modal, Select } from 'antd';
import type { StreetCommunity } from '../../../api/schemas/street';
import { todayIso } from '../../../api/rules/dates';
import { DateItem } from '../../components/FormItems';
import { useModalForm } from '../../components/useModalForm';
import { useLedgerMutation } from '../../useLedgerMutation';

/** Two records of one community: `merging`'s packages move to the one picked, `merging` closes on the date. Nothing is deleted. */
export function MergeCommunityModal({ merging, others, onClose }: { merging: StreetCommunity | undefined; others: StreetCommunity[]; onClose: () => void }) {
  const merge = useLedgerMutation('street.mergeCommunities');
  const { form, modalProps } = useModalForm<{ intoId: number; on: string }, StreetCommunity, StreetCommunity>(
    merging,
    () => ({ on: todayIso() }),
    (v) => merge.call({ fromId: merging!.id, intoId: v.intoId, on: v.on }),
    (saved) => `已并入“${saved.name}”`,
    onClose,
  );
  return (
    <Modal {...modalProps} title={`合并社区记录“${merging?.name ?? ''}”`} okText="合并" okButtonProps={{ 'data-testid': 'street-merge-ok' } as React.ComponentProps<typeof Button>} width={460}>
      <p style={{ color: '#888' }}>用于同一个社区在街道这里有两条记录时：本记录的上报包转到保留的记录，同一期间以较晚生成的为准；本记录保留并注明已并入，不删除任何数据。</p>
      <Form form={form} layout="vertical">
        <Form.Item label="并入（保留的记录）" name="intoId" rules={[{ required: true, message: '请选择保留的社区记录' }]}>
          <Select
            aria-label="并入（保留的记录）"
            data-testid="street-merge-into"
            options={others.filter((c) => c.id !== merging?.id && !c.closedOn).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <DateItem label="合并日期" name="on" required />
      </Form>
    </Modal>
  );
}
