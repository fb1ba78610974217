import { Alert, Button, Modal, Space } from 'antd';

/**
 * The recovery code, shown once: the host keeps only what it unlocks. The modal does not close
 * on a click outside, so the code is not lost by accident before it is written down.
 */
export function RecoveryCodeModal({ code, onClose }: { code: string | null; onClose: () => void }) {
  return (
    <Modal
      open={code !== null}
      title="请抄下或打印恢复码"
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space>
          <Button onClick={() => window.print()}>打印</Button>
          <Button type="primary" onClick={onClose} data-testid="recovery-code-done">
            我已抄下
          </Button>
        </Space>
      }
    >
      <p>忘记启动密码时，凭恢复码可以打开台账并设置新密码。恢复码只显示这一次，程序不保存它。</p>
      <div
        data-testid="recovery-code"
        style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 1, textAlign: 'center', padding: '12px 0', userSelect: 'all' }}
      >
        {code}
      </div>
      <Alert type="warning" showIcon message="请把恢复码和电脑分开保管（如锁在文件柜里）。密码和恢复码都丢失时，台账和加密的备份都无法再打开。" />
    </Modal>
  );
}
