// Import's calls, spread into the contract (api/contract.ts).
import { ALL, give, none, read, write } from '../callSpec';
import {
  type ImportOrgsCreated,
  type ImportPreview,
  type ImportResult,
  type UploadedFile,
  importCreateOrgsInput,
  importPreviewInput,
  importUploadInput,
} from '../schemas/imports';
import type { ExportedFile } from '../schemas/reports';

export const importCalls = {
  'import.upload': read<UploadedFile>()('上传导入文件', importUploadInput),
  'import.preview': read<ImportPreview>()('预览导入', importPreviewInput),
  'import.commit': write<ImportResult>()('导入', ALL, importPreviewInput),
  'import.createOrgs': write<ImportOrgsCreated>()('导入时新建党组织', ['orgs'], importCreateOrgsInput),
  'import.problems': give<ExportedFile>()('导出需修改的行', importPreviewInput),
  'import.rosterTemplate': read<ExportedFile>()('下载导入模板', none),
} as const;
