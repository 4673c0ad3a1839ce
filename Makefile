# Ringlock: `make serve` to develop, `make test` for everything CI checks.
# Each recipe line runs in bash with -euo pipefail; make stops at the first failing step.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# wasm-opt 132 (npm binaryen) must win over any other wasm-opt; cargo-installed tools next.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# wasm-bindgen-test-runner: headless Chromium via Debian's chromedriver; generous timeout (s).
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 300
export CARGO_TERM_COLOR ?= auto

SERVE_ADDRESS ?= 127.0.0.1
SERVE_PORT    ?= 8080

# Chromium and chromedriver leave a profile directory (≈ 60 MB) in $$TMPDIR per browser run; the
# browser steps get their own, emptied before and after, so repeated runs cannot fill the disk.
BROWSER_TMP := $(CURDIR)/target/browser-tmp
in_browser_tmp = rm -rf $(BROWSER_TMP) && mkdir -p $(BROWSER_TMP) && TMPDIR=$(BROWSER_TMP) $(1) && rm -rf $(BROWSER_TMP)

step = @printf '\n==> %s\n' "$(1)"

.PHONY: help setup serve test lint test-core test-wasm dist e2e bench soak split-profile clean

help:
	@echo "make serve   build, watch and serve the app on http://$(SERVE_ADDRESS):$(SERVE_PORT)"
	@echo "make test    fmt, clippy (native + wasm), core tests, wasm tests in headless Chromium, release build, e2e"
	@echo "make bench   benchmarks: first-load bytes, native and wasm-in-Chromium vs plain JS, written to docs/benchmarks.md"
	@echo "make soak    every property test at 10,000 cases (PROPTEST_CASES=N to change), 200,000 random links, 10M lock events per model"
	@echo "make split-profile  rewrite scripts/split-keep.txt: the functions a first visit's first view runs"
	@echo "make clean   remove build outputs (target/, dist/, e2e screenshots)"

setup:
	scripts/setup.sh test

serve:
	scripts/setup.sh serve
	trunk serve --address $(SERVE_ADDRESS) --port $(SERVE_PORT) --skip-version-check

test:
	scripts/setup.sh test
	$(call step,cargo fmt --check)
	cargo fmt --all --check
	$(call step,clippy (native))
	cargo clippy --workspace --all-targets -- -D warnings
	$(call step,clippy (wasm32))
	cargo clippy -p ringlock --target wasm32-unknown-unknown --all-targets -- -D warnings
	$(call step,core and CLI tests (native))
	cargo test -p ringlock-core -p ringlock-lock -p ringlock-stats -p ringlock-cli -p ringlock-split
	$(call step,app unit tests (native: catalogue, pure helpers))
	cargo test -p ringlock --lib --test link_fuzz_props
	$(call step,app tests (wasm32, headless Chromium))
	$(call in_browser_tmp,cargo test -p ringlock --target wasm32-unknown-unknown)
	$(call step,release build (trunk))
	cargo fetch
	trunk build --release --offline --skip-version-check
	$(call step,end-to-end tests)
	$(call in_browser_tmp,node e2e/run.mjs)

# Pieces of `make test`, for quicker loops (each runs setup first).
lint:
	scripts/setup.sh serve
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p ringlock --target wasm32-unknown-unknown --all-targets -- -D warnings

test-core:
	scripts/setup.sh serve
	cargo test -p ringlock-core -p ringlock-lock -p ringlock-stats -p ringlock-cli -p ringlock-split

test-wasm:
	scripts/setup.sh test
	$(call in_browser_tmp,cargo test -p ringlock --target wasm32-unknown-unknown)

dist:
	scripts/setup.sh serve
	cargo fetch
	trunk build --release --offline --skip-version-check

e2e: dist
	scripts/setup.sh test
	$(call in_browser_tmp,node e2e/run.mjs)

# The release build first: the bytes section of docs/benchmarks.md is read from dist/.
bench: dist
	scripts/setup.sh test
	scripts/bench.sh

# The functions a first visit's first view runs, recorded from an instrumented copy of the
# release wasm in headless Chromium, become scripts/split-keep.txt (what stays in the primary
# module: scripts/split.mjs); then the release build again, split by the new list. Due when
# e2e/93-bytes finds that a first visit needed the rest of the wasm before its prefetch.
split-profile: dist
	scripts/setup.sh test
	cargo run --quiet --release --locked -p ringlock-split -- instrument \
	  target/split/ringlock-app.named.wasm target/split/instrumented.wasm target/split/names.tsv
	$(call in_browser_tmp,node scripts/split-profile.mjs dist target/split/instrumented.wasm target/split/names.tsv scripts/split-keep.txt)
	trunk build --release --offline --skip-version-check

# Every property test at 10,000 cases (PROPTEST_CASES overrides), release build, then the lock
# lab's 10M-event memory soak per model (docs/reliability.md).
soak:
	scripts/setup.sh serve
	scripts/soak.sh

clean:
	cargo clean
	rm -rf dist e2e/screenshots e2e/results
