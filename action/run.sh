#!/usr/bin/env bash
# The steps of copydesk's GitHub Action (action.yml), as a script so tests can run it here with
# a fake GitHub environment. Inputs come as INPUT_* variables, as GitHub passes them:
#   INPUT_PATHS     paths to lint (default: .)
#   INPUT_CHANGED   "true": on a pull request, lint only what it changed (default: true)
#   INPUT_FORMAT    github (annotations, default) or any copydesk format
#   INPUT_FAIL_ON   error (default) or warning
#   INPUT_SARIF     a file to write SARIF to as well (optional)
# COPYDESK overrides the command (default: the CLI of this checkout of the action).
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
copydesk=${COPYDESK:-"node $here/dist/copydesk.mjs"}
paths=${INPUT_PATHS:-.}
format=${INPUT_FORMAT:-github}
fail_on=${INPUT_FAIL_ON:-error}

args=()
if [ "${INPUT_CHANGED:-true}" = "true" ] && [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ]; then
  if [ -z "${GITHUB_BASE_REF:-}" ]; then
    echo "copydesk action: a pull request without GITHUB_BASE_REF" >&2
    exit 2
  fi
  args+=("--changed=origin/$GITHUB_BASE_REF")
fi
case "$fail_on" in
  error) ;;
  warning) args+=(--max-warnings 0) ;;
  *) echo "copydesk action: fail-on must be error or warning, not '$fail_on'" >&2; exit 2 ;;
esac
# Both runs share a cache, so the SARIF run replays the findings instead of linting again.
cache=("--cache" "--cache-location" "${RUNNER_TEMP:-/tmp}/copydesk-action-cache")

# shellcheck disable=SC2086 # paths are a space-separated list, as the input documents
if [ -n "${INPUT_SARIF:-}" ]; then
  $copydesk "${args[@]}" "${cache[@]}" --format sarif $paths > "$INPUT_SARIF"
fi
# shellcheck disable=SC2086
$copydesk "${args[@]}" "${cache[@]}" --format "$format" $paths
