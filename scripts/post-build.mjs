#!/usr/bin/env node
// Trunk post_build hook runner: runs the scripts named on its command line one after the other,
// in the order given, and stops at the first that fails.
//
// Trunk 0.22 starts all the hooks of one stage at the same time (src/hooks.rs: one task per
// hook, awaited together), so two [[hooks]] entries could not say "compress what the CSP step
// wrote": the compressor might read index.html before the loader was moved out of it. One entry
// running this script keeps the order explicit:
//
//   node scripts/post-build.mjs scripts/csp-loader.mjs scripts/precompress.mjs
//
// Each script gets trunk's environment (TRUNK_STAGING_DIR, TRUNK_PROFILE, …) unchanged.

import { spawnSync } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('post-build: name the hook scripts to run, in order');
  process.exit(1);
}
for (const script of scripts) {
  const { status, signal, error } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (error || status !== 0) {
    console.error(`post-build: ${script} failed (${error ? error.message : signal || `exit ${status}`})`);
    process.exit(1);
  }
}
