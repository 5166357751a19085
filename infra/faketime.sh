# Sourced by infra/test --clock-ahead: makes sure Debian's faketime (libfaketime) is installed.
# The monotonic clock is faked too (the default): leaving it real makes every JVM clock call slow.
if command -v faketime >/dev/null; then
    return 0
fi
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
        echo "--clock-ahead needs Debian's faketime: install it as root (apt-get install faketime)." >&2
        return 1
    fi
fi
echo "Installing Debian's faketime for --clock-ahead..."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q faketime >/dev/null \
    || { "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q faketime >/dev/null; }
