#!/usr/bin/env bash
# Tests the WordPress plugin (release/missing-pieces-wordpress-<version>.zip, written by
# scripts/package.sh) against real WordPress releases, one after the other:
#
#   - Debian's wordpress package (6.1) on Debian's PHP (8.2) and MariaDB;
#   - WordPress 6.5 on PHP 7.4 (the oldest PHP the plugin claims), both as WebAssembly with SQLite,
#     from WordPress Playground's npm packages (scripts/wp-playground/, installed by npm the first
#     time: about 1 GB). WordPress Playground is several times slower (about 15 minutes here).
#     WP_PLAYGROUND=0 leaves this one out.
#
# It installs what is missing with apt (as root; otherwise it says the command), then starts a
# throwaway WordPress of its own: a copy of /usr/share/wordpress in a temporary folder, a private
# MariaDB server on a Unix socket (no network port), and PHP's built-in web server on 127.0.0.1
# only (port WP_PORT, default E2E_PORT + 1000). Playwright then installs WordPress, uploads and
# activates the plugin through the admin, publishes a page with it and completes a check-in there
# (e2e/wordpress/). Everything is stopped and removed at the end. Nothing reaches the network:
# WordPress's own requests to other sites are blocked in its settings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

VERSION="$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)"
PLUGIN_ZIP="$ROOT/release/missing-pieces-wordpress-$VERSION.zip"
[ -f "$PLUGIN_ZIP" ] || fail "$PLUGIN_ZIP is missing: run ./scripts/package.sh first"

# WordPress's default theme is only "recommended" by Debian's package: without it the site's pages
# are blank.
PACKAGES=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server sqlite3 unzip)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    step "Installing ${missing[*]} with apt (1-2 minutes)"
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}") \
      || fail "installing ${missing[*]} with apt"
  else
    fail "missing packages: run 'sudo apt-get install -y --no-install-recommends ${missing[*]}', then try again"
  fi
fi

WP_PORT="${WP_PORT:-$(( ${E2E_PORT:-4178} + 1000 ))}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/missing-pieces-wordpress.XXXXXX")"
PIDS=()
# Each server runs in a process group of its own (PHP's workers are its children), and the whole
# group is stopped at the end.
cleanup() {
  for pid in "${PIDS[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

step "Starting a throwaway WordPress $(dpkg-query -W -f='${Version}' wordpress) at http://127.0.0.1:$WP_PORT/"
cp -r /usr/share/wordpress "$WORK/wordpress"
# Debian links some of WordPress's scripts to its own packages with relative links, which the
# copy breaks: copy what they point at instead.
(cd /usr/share/wordpress && find . -type l) | while read -r link; do
  target="$(readlink -f "/usr/share/wordpress/$link")"
  if [ -f "$target" ]; then cp --remove-destination "$target" "$WORK/wordpress/$link"; fi
done
SOCKET="$WORK/mysqld.sock"
mariadb-install-db --no-defaults --datadir="$WORK/db" --user="$(id -un)" --skip-test-db \
  --auth-root-authentication-method=socket >"$WORK/mariadb-install.log" 2>&1 \
  || { cat "$WORK/mariadb-install.log" >&2; fail "preparing the MariaDB data folder"; }
setsid mariadbd --no-defaults --datadir="$WORK/db" --socket="$SOCKET" --skip-networking \
  --user="$(id -un)" --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.log" &
PIDS+=("$!")
for _ in $(seq 1 100); do
  [ -S "$SOCKET" ] && break
  sleep 0.2
done
[ -S "$SOCKET" ] || { cat "$WORK/mysqld.log" >&2; fail "starting MariaDB"; }
mariadb --no-defaults --socket="$SOCKET" -u root -e \
  "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
   GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

SALT="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')"
cat >"$WORK/wordpress/wp-config.php" <<PHP
<?php
// A throwaway WordPress for the plugin's end-to-end test (scripts/wordpress-test.sh).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$key ) {
	define( \$key, '$SALT' . \$key );
}
define( 'WP_HOME', 'http://127.0.0.1:$WP_PORT' );
define( 'WP_SITEURL', 'http://127.0.0.1:$WP_PORT' );
// No requests to other sites (updates, news, translations), no background jobs.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', false );
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

if (exec 3<>"/dev/tcp/127.0.0.1/$WP_PORT") 2>/dev/null; then
  fail "port $WP_PORT is already in use: set WP_PORT to a free port"
fi
PHP_CLI_SERVER_WORKERS=4 setsid php -d upload_max_filesize=32M -d post_max_size=32M -d memory_limit=256M \
  -d display_errors=stderr -S "127.0.0.1:$WP_PORT" -t "$WORK/wordpress" >"$WORK/php.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$WP_PORT") 2>/dev/null && break
  sleep 0.2
done

step "WordPress $(dpkg-query -W -f='${Version}' wordpress) end-to-end tests: Playwright in Chromium"
status=0
WP_URL="http://127.0.0.1:$WP_PORT" WP_PLUGIN_ZIP="$PLUGIN_ZIP" WP_DB_SOCKET="$SOCKET" WP_ROOT="$WORK/wordpress" \
  npx playwright test --config playwright.wordpress.config.js "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "--- PHP's log (last 40 lines)" >&2
  tail -n 40 "$WORK/php.log" >&2 || true
  exit "$status"
fi
[ "${WP_PLAYGROUND:-1}" = "0" ] && exit 0

# WordPress 6.5 on PHP 7.4, as WebAssembly. The builds package keeps WordPress's PHP in a zip and
# its scripts, styles and pictures in a folder beside it; together they are the whole release. Its
# zip holds a site already installed: without that database the tests install WordPress, as on 6.1.
PLAYGROUND="$ROOT/scripts/wp-playground"
if [ ! -f "$PLAYGROUND/node_modules/@wp-playground/cli/wp-playground.js" ]; then
  step "Installing WordPress Playground's packages with npm (about 1 GB, once)"
  (cd "$PLAYGROUND" && npm ci --no-audit --no-fund --loglevel=error) || fail "installing WordPress Playground's packages"
fi
BUILDS="$PLAYGROUND/node_modules/@wp-playground/wordpress-builds"
WP65="$WORK/wordpress-6.5"
mkdir -p "$WP65"
unzip -q "$BUILDS/src/wordpress/wp-6.5.zip" -d "$WP65"
cp -r "$BUILDS/public/wp-6.5/." "$WP65/"
rm -f "$WP65/wp-config.php" "$WP65/wp-content/database/.ht.sqlite"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-$(( WP_PORT + 2000 ))}"
if (exec 3<>"/dev/tcp/127.0.0.1/$PLAYGROUND_PORT") 2>/dev/null; then
  fail "port $PLAYGROUND_PORT is already in use: set PLAYGROUND_PORT to a free port"
fi
step "Starting a throwaway WordPress $(grep -o "\$wp_version = '[^']*'" "$WP65/wp-includes/version.php" | cut -d"'" -f2) on PHP 7.4 (WebAssembly, SQLite) at http://127.0.0.1:$PLAYGROUND_PORT/"
setsid node "$PLAYGROUND/node_modules/@wp-playground/cli/wp-playground.js" server --php=7.4 \
  --port="$PLAYGROUND_PORT" --mount-before-install="$WP65:/wordpress" \
  --wordpress-install-mode=do-not-attempt-installing \
  --define-bool WP_HTTP_BLOCK_EXTERNAL true --define-bool AUTOMATIC_UPDATER_DISABLED true \
  --define-bool DISABLE_WP_CRON true --define FS_METHOD direct >"$WORK/playground.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 300); do
  grep -q '^Ready!' "$WORK/playground.log" && break
  sleep 0.5
done
grep -q '^Ready!' "$WORK/playground.log" || { cat "$WORK/playground.log" >&2; fail "starting WordPress Playground"; }
# Its first answer is a redirect while it settles; ask once before the tests do.
node -e "fetch(process.argv[1]).then((r) => r.text()).catch(() => {})" "http://127.0.0.1:$PLAYGROUND_PORT/wp-admin/install.php"

step "WordPress 6.5 end-to-end tests: the same specs, in Chromium"
WP_SLOW=1 WP_URL="http://127.0.0.1:$PLAYGROUND_PORT" WP_PLUGIN_ZIP="$PLUGIN_ZIP" WP_ROOT="$WP65" \
  WP_SQLITE="$WP65/wp-content/database/.ht.sqlite" \
  npx playwright test --config playwright.wordpress.config.js "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "--- WordPress Playground's log (last 40 lines)" >&2
  tail -n 40 "$WORK/playground.log" >&2 || true
fi
exit "$status"
