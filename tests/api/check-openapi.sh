#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates docs/api/openapi.yaml with swagger-cli (OpenAPI 3.0 schema and references).
# Usage: check-openapi.sh NODE_TOOLS_DIR OPENAPI_YAML. Without the tool (scripts/install-node-tools.sh
# not run) the test is skipped (exit 77), under CI=true it fails.
set -euo pipefail
tools="$1"
spec="$2"
cli="$tools/node_modules/.bin/swagger-cli"
if [ ! -x "$cli" ]; then
  echo "swagger-cli is not installed in $tools: run scripts/install-node-tools.sh"
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 77
fi
"$cli" validate "$spec"
