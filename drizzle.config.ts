import { defineConfig } from 'drizzle-kit';

// Migrations are generated, committed, and never edited once landed (docs/database.md).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema',
  out: './db/migrations',
});
