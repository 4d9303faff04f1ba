#!/usr/bin/env node
// Runs the TypeScript command-line tool straight from source, so `npx opinion …` works right
// after `npm ci` with no build step. swc compiles each module on load (decorator metadata and
// the tsconfig path aliases included).
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('../libs/cli/src/main.ts');
