/** better-sqlite3 13 segfaults on Node 20 instead of failing: stop first, in words a user can act on. */
export function checkNodeVersion(version = process.versions.node): void {
  const [major, minor] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(`社区党务台账需要 Node.js 22.12 或更高版本，当前为 ${version}。请安装 Node.js 22 LTS 后重试。`);
  process.exit(1);
}
