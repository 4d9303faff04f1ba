#!/usr/bin/env node
// Adds lock entries for platform-specific optional packages (napi-rs style `pkg-<os>-<cpu>[-libc]`)
// that the package registry this machine reaches does not carry. npm leaves them out of
// package-lock.json when it cannot fetch them, and `npm ci` then rejects the lock as out of sync,
// here and on any machine. Each entry carries os/cpu/libc, so npm skips it on other platforms
// without fetching. Run after `npm install`: `node deploy/tools/complete-lockfile.js`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const lockPath = join(__dirname, '..', '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32'];
const CPU = {
  'arm-eabi': 'arm',
  'arm-gnueabihf': 'arm',
  'arm-musleabihf': 'arm',
  arm: 'arm',
  arm64: 'arm64',
  ia32: 'ia32',
  x64: 'x64',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  universal: null,
};

/** Reads os, cpu and libc from a name such as `@swc/core-linux-arm64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const osIndex = parts.findIndex((part) => OS.includes(part));
  if (osIndex < 0) return undefined;
  const rest = parts.slice(osIndex + 1);
  const libcPart = rest.find((part) => /^(gnu|musl)/.test(part));
  const cpuKey = [rest.join('-'), rest.slice(0, 2).join('-'), rest[0]].find((key) => key in CPU);
  if (cpuKey === undefined) return undefined;
  const entry = { os: [parts[osIndex]] };
  if (CPU[cpuKey]) entry.cpu = [CPU[cpuKey]];
  if (parts[osIndex] === 'linux' && libcPart)
    entry.libc = [libcPart.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    lock.packages[key] = { version, optional: true, ...platform };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
