# Runs Debian's nginx on dist/ with deploy/nginx/local.conf.in.
# shellcheck shell=bash

# nginx_config PORT STATE_DIR [DIST_DIR [BASE_PATH]]: write the filled-in
# config, print its path. With BASE_PATH (e.g. /tin), DIST_DIR is served
# under that path, as a sub-path deployment would be.
nginx_config() {
  local port="$1" state="$2" dist="${3:-$ROOT/dist}" base="${4:-}" user_directive="" root
  mkdir -p "$state"
  root="$dist"
  if [ -n "$base" ]; then
    root="$state/www"
    mkdir -p "$(dirname "$root$base")"
    ln -sfn "$dist" "$root$base"
  fi
  # Workers of a root master run as nobody by default, who may not be able to
  # read a checkout in a private temporary directory.
  [ "$(id -u)" -eq 0 ] && user_directive="user root;"
  sed -e "s|@USER_DIRECTIVE@|$user_directive|" \
    -e "s|@STATE_DIR@|$state|g" \
    -e "s|@PORT@|$port|g" \
    -e "s|@DIST@|$root|g" \
    -e "s|@SITE_DIR@|$dist|g" \
    -e "s|@BASE_PATH@|$base|g" \
    -e "s|@ROOT@|$ROOT|g" \
    "$ROOT/deploy/nginx/local.conf.in" > "$state/nginx.conf"
  echo "$state/nginx.conf"
}

# nginx_start PORT STATE_DIR [DIST_DIR [BASE_PATH]]: start nginx in the
# background and wait until it answers.
nginx_start() {
  local port="$1" state="$2" config
  config="$(nginx_config "$@")"
  /usr/sbin/nginx -p "$state" -c "$config" -t -q
  /usr/sbin/nginx -p "$state" -c "$config"
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port${4:-}/" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "nginx did not answer on 127.0.0.1:$port"
}

# nginx_stop STATE_DIR
nginx_stop() {
  local state="$1"
  [ -f "$state/nginx.pid" ] && kill "$(cat "$state/nginx.pid")" 2>/dev/null || true
}
