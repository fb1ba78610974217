import { Select, Table } from 'antd';
import type { ImportPreview } from '../../../../api/schemas/imports';

interface Props {
  preview: ImportPreview;
  onChange: (field: string, column: number | null) => void;
}

/** Which column of the file feeds which field; the user can correct each guess. */
export function MappingTable({ preview, onChange }: Props) {
  const options = [{ value: -1, label: '（不导入）' }, ...preview.headers.map((h, i) => ({ value: i, label: `第${i + 1}列：${h || '（无列名）'}` }))];
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={preview.fields}
      columns={[
        { title: '台账字段', dataIndex: 'label', width: 140 },
        {
          title: '对应文件中的列',
          render: (_, f) => (
            <Select
              data-testid={`mapping-${f.key}`}
              style={{ width: 280 }}
              value={f.column ?? -1}
              options={options}
              onChange={(v: number) => onChange(f.key, v < 0 ? null : v)}
            />
          ),
        },
      ]}
    />
  );
}
