#!/bin/sh
# The clean-system test: installs the .deb with apt into a fresh Debian 12 root (debootstrap minbase, cached
# between runs on this machine) and runs it there; then installs and purges it on this machine and checks
# that nothing is left behind. Needs root. Usage: clean-system-test.sh path/to/otadash_VERSION_ARCH.deb
set -eu

deb=$(readlink -f "$1")
seed_job='HvKuBpuk3rdk6E92CP****0200'
[ -f "$deb" ] || { echo "FAIL: no package at $1" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "FAIL: the clean-system test needs root (debootstrap, chroot, apt)" >&2; exit 1; }
for tool in debootstrap chroot apt-get dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
done

cache=${OTADASH_ROOT_CACHE:-/var/cache/otadash-ci}
base="$cache/bookworm-minbase"
# The same Debian mirror this machine's apt uses (deb822 or one-line sources).
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(http[^[:space:]]*\)[[:space:]]\{1,\}bookworm[[:space:]].*/\1/p' \
    /etc/apt/sources.list 2>/dev/null | head -n 1)
[ -n "$mirror" ] || { echo "FAIL: no Debian mirror found in this machine's apt sources" >&2; exit 1; }

mkdir -p "$cache"
if [ ! -f "$base/.complete" ]; then
    echo "== debootstrap --variant=minbase bookworm (cached in $base)"
    rm -rf "$base"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 20 "$cache/debootstrap.log" >&2; echo "FAIL: debootstrap" >&2; exit 1; }
    touch "$base/.complete"
fi

root=$(mktemp -d /var/tmp/otadash-root.XXXXXX)
mounted=""
cleanup() {
    for m in $mounted; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT INT TERM
cp -a "$base/." "$root/"
mkdir -p "$cache/apt-archives/partial"
if mount -t proc proc "$root/proc" 2>/dev/null; then mounted="$root/proc $mounted"; fi
if mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives" 2>/dev/null; then
    mounted="$root/var/cache/apt/archives $mounted"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/otadash.deb"

echo "== apt-get install ./otadash.deb in the fresh root"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/otadash.deb \
    >"$root/tmp/install.log" 2>&1 || { tail -n 30 "$root/tmp/install.log" >&2; echo "FAIL: apt-get install" >&2; exit 1; }
echo "   $(grep -c '^Setting up' "$root/tmp/install.log") packages set up"

echo "== otadash --version"
version=$(chroot "$root" env -u DISPLAY otadash --version)
echo "   $version"
expected=$(dpkg-deb -f "$deb" Version)
case "$version" in *"$expected"*) ;; *) echo "FAIL: --version printed '$version', expected $expected" >&2; exit 1 ;; esac

echo "== otadash-cli: installed, a console program without Qt Gui, widgets or charts"
for f in /usr/bin/otadash-cli /usr/lib/otadash/otadash-report /usr/lib/otadash/otadash-keychain.so; do
    [ -f "$root$f" ] || { echo "FAIL: $f is not installed" >&2; exit 1; }
done
cli_version=$(chroot "$root" env -u DISPLAY otadash-cli --version)
echo "   $cli_version"
case "$cli_version" in "otadash-cli $expected"*) ;; *) echo "FAIL: otadash-cli --version printed '$cli_version'" >&2; exit 1 ;; esac
if chroot "$root" ldd /usr/bin/otadash-cli | grep -E 'libQt6(Gui|Widgets|Charts|OpenGL)|libqt6keychain'; then
    echo "FAIL: otadash-cli links the GUI stack or the keychain" >&2; exit 1
fi

check_seed() { # the reference's sample batch, as `query` prints it
    grep -q "\"JobId\": \"HvKuBpuk3rdk6E92CP\*\*\*\*0200\"" "$1" || { echo "FAIL: seed batch not printed" >&2; exit 1; }
    grep -q '"DestVersion": "1.0.1"' "$1" || { echo "FAIL: DestVersion missing" >&2; exit 1; }
    grep -q '"Success": true' "$1" || { echo "FAIL: not a success body" >&2; exit 1; }
}
echo "== otadash-cli query --demo in the fresh root"
chroot "$root" env -u DISPLAY otadash-cli query --demo --job-id "$seed_job" >"$root/tmp/query.json"
cat "$root/tmp/query.json"
check_seed "$root/tmp/query.json"

echo "== otadash query --demo, handed over to otadash-cli"
chroot "$root" env -u DISPLAY otadash query --demo --job-id "$seed_job" >"$root/tmp/handed.json"
check_seed "$root/tmp/handed.json"
rc=0
chroot "$root" env -u DISPLAY otadash query --demo >/dev/null 2>"$root/tmp/usage.txt" || rc=$?
[ "$rc" -eq 1 ] || { echo "FAIL: a usage error through otadash exited with $rc, not 1" >&2; exit 1; }
grep -q "otadash-cli query: --job-id is required" "$root/tmp/usage.txt" || { cat "$root/tmp/usage.txt" >&2; echo "FAIL: no usage message" >&2; exit 1; }

echo "== otadash-cli report --demo: the helper in /usr/lib/otadash"
chroot "$root" env -u DISPLAY otadash-cli report --demo --job-id "$seed_job" --format md --out /tmp/report.md
grep -q "HvKuBpuk3rdk6E92CP" "$root/tmp/report.md" || { echo "FAIL: the report does not name the batch" >&2; exit 1; }

echo "== otadash-cli profile add: the keychain module loads (no D-Bus here, so the keychain is unusable: 4)"
rc=0
echo "not-a-secret" | chroot "$root" env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS otadash-cli profile add Probe \
    --access-key-id LTAI5tProbe0001 --region cn-shanghai >/dev/null 2>"$root/tmp/keychain.txt" || rc=$?
sed 's/^/   /' "$root/tmp/keychain.txt"
[ "$rc" -eq 4 ] || { echo "FAIL: profile add exited with $rc, not 4" >&2; exit 1; }
if grep -q "could not be loaded" "$root/tmp/keychain.txt"; then
    echo "FAIL: the keychain module did not load" >&2; exit 1
fi

echo "== install and purge on this machine"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
files=$(dpkg -L otadash | while read -r f; do [ -f "$f" ] && echo "$f"; done)
[ -n "$files" ] || { echo "FAIL: dpkg -L lists no files" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq otadash >/dev/null
left=""
for f in $files; do [ -e "$f" ] && left="$left $f"; done
[ -z "$left" ] || { echo "FAIL: left behind after purge:$left" >&2; exit 1; }
if dpkg-query -W -f='${Status}' otadash 2>/dev/null | grep -q installed; then
    echo "FAIL: otadash still registered with dpkg" >&2; exit 1
fi
echo "   $(echo "$files" | wc -l) files installed, none left after purge"
echo "PASS: clean-system test"
