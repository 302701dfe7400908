#!/usr/bin/env node
// Committed shim so pnpm can link the bin before dist/ is built; the CLI itself is src/cli.ts.
import '../dist/cli.js';
