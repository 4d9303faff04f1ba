#!/usr/bin/env node
// Entry point of `npm run infra -- up|down|status|reset`; the launcher itself is TypeScript.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', 'tsconfig.json');
require('@swc-node/register');
require('./src/infra.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
