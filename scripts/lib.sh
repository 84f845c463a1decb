# Shared by the scripts: install what a fresh machine lacks.
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock

# Builds go to a cache outside the clone, so fresh clones (CI) build incrementally.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/quartier/target}"

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
