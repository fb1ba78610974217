import { commitImportRequest, createImportOrgs, previewImport, problemsFile, rosterTemplateFile, uploadFile } from '../../excel/import/imports';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { importCalls } from '../../api/contract/import';

export const imports: HandlersOf<typeof importCalls> = {
  'import.upload': (ctx, { fileName, data }) => uploadFile(fileName, data, ctx.parseWorkerPath),
  'import.preview': (ctx, input) => previewImport(ctx.ledger, input, todayOf(ctx)),
  'import.commit': (ctx, input) => commitImportRequest(ctx.ledger, input, ctx.backupsDir, todayOf(ctx)),
  'import.createOrgs': (ctx, input) => createImportOrgs(ctx.ledger, input, todayOf(ctx)),
  'import.problems': (ctx, input) => problemsFile(ctx.ledger, input, ctx.exportsDir, todayOf(ctx)),
  'import.rosterTemplate': (ctx) => rosterTemplateFile(ctx.exportsDir),
};
