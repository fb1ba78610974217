import { App, Button, List, Popconfirm, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { AttachmentOwner } from '../../../api/schemas/reports';
import { client } from '../../api';
import { useLedgerMutation } from '../../useLedgerMutation';
import { useLedgerQuery } from '../../useLedgerQuery';
import { readAsBase64 } from '../members/import/readFile';

const size = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** Photos and scanned sign-in sheets of one saved meeting or activity. */
export function AttachmentsSection({ kind, ownerId }: { kind: AttachmentOwner; ownerId: number }) {
  const { message } = App.useApp();
  const list = useLedgerQuery('attachments.list', { kind, id: ownerId });
  const attach = useLedgerMutation('attachments.add');
  const detach = useLedgerMutation('attachments.remove');

  async function add(file: File) {
    const result = await attach.call({ kind, ownerId, fileName: file.name, data: await readAsBase64(file) });
    if (!result.ok) message.error(result.error.message);
    return false;
  }
  async function open(id: number) {
    const result = await client.call('files.openAttachment', { kind, id });
    if (!result.ok) return message.error(result.error.message);
    if (result.value.kind === 'download') window.open(result.value.url, '_blank', 'noopener');
  }
  async function remove(id: number) {
    const result = await detach.call({ kind, id });
    if (!result.ok) message.error(result.error.message);
  }

  return (
    <>
      <Upload accept=".jpg,.jpeg,.png,.gif,.webp,.bmp,.tif,.tiff,.pdf" showUploadList={false} beforeUpload={add} multiple>
        <Button icon={<UploadOutlined />} data-testid="attachment-add">
          添加照片或扫描件
        </Button>
      </Upload>
      <List
        size="small"
        data-testid="attachment-list"
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有附件' }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <a key="open" onClick={() => open(a.id)}>
                打开
              </a>,
              <Popconfirm key="remove" title="从本记录中移除该附件？" okText="移除" cancelText="取消" onConfirm={() => remove(a.id)}>
                <a>移除</a>
              </Popconfirm>,
            ]}
          >
            <PaperClipOutlined /> {a.fileName}（{size(a.size)}）
          </List.Item>
        )}
      />
    </>
  );
}
