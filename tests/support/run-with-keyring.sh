#!/bin/sh
# Runs a command against a private Secret Service, never the user's own keyring (TOOLCHAIN.md section 3):
# a throw-away HOME with XDG dirs and TMPDIR inside it, no DISPLAY (a locked keyring would otherwise raise
# an unlock prompt that hangs under Xvfb), and a private D-Bus session with gnome-keyring fed its password on
# stdin. Modes, for the failure cases:
#   unlocked    gnome-keyring with an unlocked login keyring (default)
#   locked      the same keyring, locked again over D-Bus before the command runs
#   no-keyring  a session bus without a running keyring: the bus starts gnome-keyring on demand, which has
#               no login keyring to write to
#   no-dbus     no session bus: DBUS_SESSION_BUS_ADDRESS points at a socket that does not exist
# The command sees OTADASH_KEYRING_RUNNER=1, OTADASH_KEYRING_MODE and OTADASH_TEST_ROOT (HOME and TMPDIR are
# below it). The root is deleted afterwards unless OTADASH_KEEP_TEST_ROOT is set.
#
# Usage: run-with-keyring.sh [--mode MODE] [--] COMMAND [ARGS...]
set -eu

mode=unlocked
while [ $# -gt 0 ]; do
    case "$1" in
    --mode) mode="$2"; shift 2 ;;
    --mode=*) mode="${1#--mode=}"; shift ;;
    --) shift; break ;;
    *) break ;;
    esac
done
case "$mode" in
unlocked | locked | no-keyring | no-dbus) ;;
*) echo "run-with-keyring.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
[ $# -gt 0 ] || { echo "usage: run-with-keyring.sh [--mode MODE] [--] COMMAND [ARGS...]" >&2; exit 2; }

# CI must really run these tests: a missing tool is a failure, not a skip.
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "run-with-keyring.sh: '$tool' is missing (install gnome-keyring and dbus-x11)" >&2
        exit 3
    }
done

root=$(mktemp -d "${TMPDIR:-/tmp}/otadash-keyring.XXXXXX")
# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    [ -n "${OTADASH_KEEP_TEST_ROOT:-}" ] || rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export OTADASH_TEST_ROOT="$root"
export HOME="$root/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$root/run" TMPDIR="$root/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No display: an unlock prompt must fail at once instead of waiting in an invisible window.
unset DISPLAY WAYLAND_DISPLAY
# No desktop hints: QtKeychain must take its libsecret path, never the KWallet one.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export OTADASH_KEYRING_RUNNER=1 OTADASH_KEYRING_MODE="$mode"
# Not a secret: it only unlocks this throw-away keyring.
export OTADASH_KEYRING_PASSWORD=otadash-test-keyring

if [ "$mode" = no-dbus ]; then
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$XDG_RUNTIME_DIR/no-such-bus"
    set +e
    "$@"
    exit $?
fi

set +e
# shellcheck disable=SC2016 # expanded by the inner shell, inside the private session
dbus-run-session -- sh -c '
    has_owner() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            "string:$1" 2>/dev/null | grep -q "boolean true"
    }
    secrets_pid() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            sed -n "s/.*uint32 \([0-9][0-9]*\).*/\1/p"
    }
    gkr=""
    if [ "$OTADASH_KEYRING_MODE" != no-keyring ]; then
        printf %s "$OTADASH_KEYRING_PASSWORD" |
            gnome-keyring-daemon --foreground --unlock --components=secrets >"$OTADASH_TEST_ROOT/gnome-keyring.log" 2>&1 &
        gkr=$!
        i=0
        until has_owner org.freedesktop.secrets; do
            i=$((i + 1))
            if [ $i -gt 200 ]; then
                echo "run-with-keyring.sh: gnome-keyring did not take org.freedesktop.secrets in 20 s" >&2
                cat "$OTADASH_TEST_ROOT/gnome-keyring.log" >&2
                kill "$gkr" 2>/dev/null
                exit 3
            fi
            sleep 0.1
        done
    fi
    if [ "$OTADASH_KEYRING_MODE" = locked ]; then
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
            org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked |
            grep -q "boolean true" || { echo "run-with-keyring.sh: could not lock the keyring" >&2; kill "$gkr"; exit 3; }
    fi
    "$@"
    rc=$?
    # The daemon we started, or the one the bus started on demand (it could outlive the session otherwise).
    [ -n "$gkr" ] || gkr=$(secrets_pid)
    if [ -n "$gkr" ]; then
        kill "$gkr" 2>/dev/null
        wait "$gkr" 2>/dev/null
    fi
    exit $rc
' run-with-keyring "$@"
rc=$?
exit $rc
