#!/usr/bin/env bash
# Renders deploy/kubernetes/overlays/production with kubectl kustomize and validates every resource against
# the Kubernetes schemas (npm kubernetes-models). Installs Debian's kubernetes-client when missing (as root).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v kubectl >/dev/null; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null) || true
  fi
fi
command -v kubectl >/dev/null || { echo "kubectl is required (Debian: kubernetes-client)"; echo "0 passed, 1 failed"; exit 1; }
cd "$ROOT/deploy/kubernetes/validate"
[[ -d node_modules/kubernetes-models ]] || npm install --no-audit --no-fund --loglevel=error --no-package-lock >/dev/null \
  || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
kubectl kustomize "$ROOT/deploy/kubernetes/overlays/production" | node validate.mjs
