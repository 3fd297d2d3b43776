#!/usr/bin/env bash
# Install the system programs makerkit's tests and benchmarks compare against.
set -u
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v CuraEngine >/dev/null || need+=(cura-engine)
command -v prusa-slicer >/dev/null || need+=(prusa-slicer)
# bubblewrap: the sandbox each learner's notebook is graded in (makerkit/kits/sandbox.py)
command -v bwrap >/dev/null || need+=(bubblewrap)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# liblouis: the reference braille translator the braille tests compare with (tests only)
command -v lou_translate >/dev/null || need+=(liblouis-bin liblouis-data)
# The wheelhouse test: a fresh environment on Debian's Python (every account can run it, so the
# hub gives each learner their own account), and the network cut with unshare + ip.
if command -v python3 >/dev/null && ! python3 -c "import ensurepip, venv" 2>/dev/null; then need+=(python3-venv); fi
command -v unshare >/dev/null || need+=(util-linux)
command -v ip >/dev/null || need+=(iproute2)
if [ ${#need[@]} -gt 0 ]; then
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "makerkit: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
    || echo "makerkit: could not install ${need[*]}; the tests that need them will be skipped"
else
  echo "makerkit: ${need[*]} not installed (needs root and apt-get); the tests that need them will be skipped"
fi
fi

# CuraEngine reads Cura's printer definitions, which Debian ships in the (large) 'cura'
# package: unpack just that package's files into a cache instead of installing Cura.
cura_cache="${HOME}/.cache/makerkit/cura"
if command -v CuraEngine >/dev/null && [ ! -e /usr/share/cura/resources/definitions/fdmprinter.def.json ] \
   && [ ! -e "$cura_cache/usr/share/cura/resources/definitions/fdmprinter.def.json" ] && command -v apt-get >/dev/null; then
  echo "makerkit: unpacking Cura's printer definitions into $cura_cache"
  mkdir -p "$cura_cache"
  ( cd "$cura_cache" && apt-get download -q cura >/dev/null 2>&1 \
    && dpkg-deb -x "$(ls -t cura_*.deb | head -1)" . ) \
    || echo "makerkit: could not fetch Cura's definitions; the CuraEngine comparisons will be skipped"
fi
exit 0
