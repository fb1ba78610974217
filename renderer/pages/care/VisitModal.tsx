import { useLayoutEffect } from 'react';
import { App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { CareOccasion } from '../../../api/schemas/care';
import { todayIso } from '../../../api/rules/dates';
import { DateItem, TextItem } from '../../components/FormItems';
import { useSubmit } from '../../components/useSubmit';
import { useLedgerMutation } from '../../useLedgerMutation';
import { toFen, yuanRule } from '../dues/money';
import { MemberSelect } from './MemberSelect';
import { CARE_OCCASIONS } from '../../../api/vocab/care';

interface Values {
  memberId: number;
  visitedOn: string;
  occasion: CareOccasion;
  visitors: string;
  money: string;
  goods: string | null;
  fundSource: string | null;
  note: string | null;
}

/** The member to visit, when the form opens from a list (未慰问) rather than empty. */
export interface VisitTarget {
  memberId: number;
  label: string;
}

/**
 * 登记慰问: one visit is one row, its 慰问金 typed in 元 and kept in 分. A wrong visit is
 * voided with a reason, never edited, so the year's total is summed once from what stands.
 */
export function VisitModal({ target, onClose }: { target: VisitTarget | null | undefined; onClose: () => void }) {
  const save = useLedgerMutation('care.saveVisit');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Defaults at each opening, set before the browser handles any input (a layout effect).
  useLayoutEffect(() => {
    if (target === undefined) return;
    form.resetFields();
    form.setFieldsValue({ memberId: target?.memberId, visitedOn: todayIso(), occasion: '七一', money: '0' });
  }, [target, form]);
  const { submit, busy } = useSubmit(
    form,
    (v) =>
      save.call({
        memberId: v.memberId,
        visitedOn: v.visitedOn,
        occasion: v.occasion,
        visitors: v.visitors,
        moneyFen: toFen(v.money) ?? 0,
        goods: v.goods || null,
        fundSource: v.fundSource || null,
        note: v.note || null,
      }),
    (saved) => {
      message.success(`已登记对${saved.name}的慰问`);
      onClose();
    },
    { fallbackField: 'money' },
  );
  return (
    <Modal
      open={target !== undefined}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okText="保存"
      title="登记关怀慰问"
      okButtonProps={{ 'data-testid': 'care-visit-save' } as React.ComponentProps<typeof Button>}
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="care-visit-form">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="慰问对象" name="memberId" rules={[{ required: true, message: '请选择慰问的党员' }]}>
              <MemberSelect label="慰问对象" initialLabel={target?.label} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <DateItem label="慰问日期" name="visitedOn" required />
          </Col>
          <Col span={6}>
            <Form.Item label="慰问时机" name="occasion" rules={[{ required: true, message: '请选择慰问时机' }]}>
              <Select aria-label="慰问时机" options={CARE_OCCASIONS.map((o) => ({ value: o, label: o }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <TextItem label="慰问人" name="visitors" required placeholder="如 社区党委书记王某、网格员李某" />
          </Col>
          <Col span={6}>
            <Form.Item label="慰问金（元）" name="money" rules={[yuanRule(true, '慰问金')]} extra="没有慰问金填 0">
              <Input aria-label="慰问金" suffix="元" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <TextItem label="经费来源" name="fundSource" placeholder="如 党费、社区党组织服务群众经费" />
          </Col>
          <Col span={24}>
            <TextItem label="慰问物品" name="goods" placeholder="如 米、油各一份" />
          </Col>
        </Row>
        <TextItem label="备注" name="note" rows={2} />
      </Form>
    </Modal>
  );
}
