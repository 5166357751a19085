# Sourced by infra/test: makes sure /usr/bin/chromium and /usr/bin/chromedriver exist, installing
# Debian's packages when they do not (as root, or through sudo without a password).
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    return 0
fi
if ! command -v apt-get >/dev/null; then
    echo "The browser tests need chromium and chromedriver; install them (no apt-get here)." >&2
    return 1
fi
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
        echo "The browser tests need chromium and chromium-driver: install them as root (apt-get install chromium chromium-driver)." >&2
        return 1
    fi
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null \
    || { "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; }
