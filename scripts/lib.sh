# Shared by the scripts: install what a fresh machine lacks.
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock

# Builds go to a cache outside the clone, so fresh clones (CI) build incrementally.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/quartier/target}"

# The server's allocator (mimalloc) commits memory as it is used, as in the
# README's systemd unit: about 15 MB less when idle, as fast.
export MIMALLOC_ARENA_EAGER_COMMIT="${MIMALLOC_ARENA_EAGER_COMMIT:-0}"

cargo_target_dir() {
  cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])'
}

ensure_wasm_tools() {
  if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    # Without --locked: its lock file wants a crate version the registry here lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

# A toolchain installed with rustup's minimal profile lacks clippy.
ensure_clippy() {
  cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}"
  fi
}

# The form token a browser with the cookie quartier_csrf=$2 (64 hex digits,
# no session) gets on the page $1: load scripts post forms as that browser.
form_token() {
  curl -sf -H "Cookie: quartier_csrf=$2" "$1" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -n1 | sed 's/.*value="\([0-9a-f]*\)"/\1/'
}

# A wrk script that posts reports through the real form endpoint as the
# browser with cookie token $3 and form token $4 (category $5, district $6).
# Submission keys start with the run number $2, so runs never collide.
report_lua() {
  cat > "$1" <<LUA
local counter = 0
local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  counter = 0
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "quartier_csrf=$3"
request = function()
  counter = counter + 1
  local key = string.format("%08x%048x%08x", $2, tid, counter)
  local body = "_csrf=$4&submission_key=" .. key ..
    "&title=Laterne+defekt&description=Seit+Tagen+dunkel.&category=$5&district=$6&email=bench%40example.org"
  return wrk.format(nil, "/report", nil, body)
end
LUA
}
