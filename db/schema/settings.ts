import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key-value settings (社区名称, 填报人, …): new keys need no migration. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value'),
});
