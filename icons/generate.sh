#!/usr/bin/env bash
# Regenerates every icon size Tauri bundles (PNG, ICO, ICNS) from app-icon.svg.
set -euo pipefail
cd "$(dirname "$0")"
npx --yes @tauri-apps/cli@^2 icon app-icon.svg --output .
# Mobile sizes are not shipped.
rm -rf android ios
