#!/usr/bin/env bash
# Install the system programs makerkit's tests and benchmarks compare against.
set -u
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v CuraEngine >/dev/null || need+=(cura-engine)
command -v prusa-slicer >/dev/null || need+=(prusa-slicer)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "makerkit: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
    || echo "makerkit: could not install ${need[*]}; the tests that need them will be skipped"
else
  echo "makerkit: ${need[*]} not installed (needs root and apt-get); the tests that need them will be skipped"
fi
exit 0
