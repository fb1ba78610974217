// Runs before anything loads better-sqlite3: on Node 20 its Node-API build segfaults
// instead of failing, so an old Node must be stopped here with a message a user can act on.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `社区党务台账需要 Node.js 22.12 或更高版本，当前为 ${process.versions.node}。\n` +
      '请安装 Node.js 22 LTS（例如：npm install --prefix ~/node22 node@22，然后把 ~/node22/node_modules/.bin 放到 PATH 最前面）后重试。',
  );
  process.exit(1);
}
