# Runs Debian's nginx on dist/ with deploy/nginx/local.conf.in.
# shellcheck shell=bash

# nginx_config PORT STATE_DIR: write the filled-in config, print its path.
nginx_config() {
  local port="$1" state="$2" user_directive=""
  mkdir -p "$state"
  # Workers of a root master run as nobody by default, who may not be able to
  # read a checkout in a private temporary directory.
  [ "$(id -u)" -eq 0 ] && user_directive="user root;"
  sed -e "s|@USER_DIRECTIVE@|$user_directive|" \
    -e "s|@STATE_DIR@|$state|g" \
    -e "s|@PORT@|$port|g" \
    -e "s|@DIST@|$ROOT/dist|g" \
    "$ROOT/deploy/nginx/local.conf.in" > "$state/nginx.conf"
  echo "$state/nginx.conf"
}

# nginx_start PORT STATE_DIR: start nginx in the background and wait until it answers.
nginx_start() {
  local port="$1" state="$2" config
  config="$(nginx_config "$port" "$state")"
  /usr/sbin/nginx -p "$state" -c "$config" -t -q
  /usr/sbin/nginx -p "$state" -c "$config"
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "nginx did not answer on 127.0.0.1:$port"
}

# nginx_stop STATE_DIR
nginx_stop() {
  local state="$1"
  [ -f "$state/nginx.pid" ] && kill "$(cat "$state/nginx.pid")" 2>/dev/null || true
}
