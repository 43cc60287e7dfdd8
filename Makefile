# channelsim — build, demo, test, benchmark.
# `make demo` and `make test` work on a fresh Debian machine: they install the native
# dependencies first if any is missing.

SWIFT      ?= swift
BIN        := .build/release/channelsim
DEMO       := Scenarios/examples/web-team-day.yaml
APT_PKGS   := libgsl-dev libsqlite3-dev gnuplot-nox zlib1g-dev
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BENCH_N    ?= 1000000
PREFIX     ?= /usr/local

PY_PKGS    := junitparser xmlschema
# docs/scale-out.md: a local Slurm cluster (slurmctld, slurmd, munged), GNU parallel, and the
# Kubernetes schemas, offline, for the scale-out test.
SCALE_APT  := slurm-wlm munge parallel
SCALE_PY   := kubernetes-validate

.PHONY: deps deps-native deps-scale-out build install demo test test-scale-out check bench bench-peers clean

## deps: everything the tests need: the native libraries, the Python checkers, the scale-out tools
deps: deps-native deps-scale-out
	@# The tests read check's JUnit report with a real JUnit parser and validate it against a schema.
	@python3 -c "import junitparser, xmlschema" 2>/dev/null || { echo "installing: $(PY_PKGS) (pip)"; \
	  python3 -m pip install --quiet --disable-pip-version-check $(PY_PKGS) 2>&1 | grep -v "Running pip as the 'root' user" || true; }

## deps-native: GSL, SQLite, gnuplot and zlib (only those missing): all that building and `make demo` need
deps-native:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "native dependencies present: $(APT_PKGS)"; fi

## deps-scale-out: Slurm, munge and GNU parallel (Debian), kubernetes-validate (pip), only those missing
deps-scale-out:
	@missing=""; for p in $(SCALE_APT); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
	  || echo "could not install$$missing: make test-scale-out will skip what needs them"; \
	else echo "scale-out dependencies present: $(SCALE_APT)"; fi
	@command -v kubernetes-validate >/dev/null || { echo "installing: $(SCALE_PY) (pip)"; \
	  python3 -m pip install --quiet --disable-pip-version-check $(SCALE_PY) 2>&1 | grep -v "Running pip as the 'root' user" || true; }

## build: release binary at .build/release/channelsim
build: deps-native
	$(SWIFT) build -c release --product channelsim

## install: the release binary as $(PREFIX)/bin/channelsim, on the PATH (PREFIX=~/.local needs no sudo)
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/channelsim"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) echo "installed $(DESTDIR)$(PREFIX)/bin/channelsim";; \
	  *) echo "installed $(DESTDIR)$(PREFIX)/bin/channelsim ($(PREFIX)/bin is not on your PATH: add it to use channelsim by name)";; esac

## demo: run the bundled example; writes Results/results.sqlite and plots/
demo: build
	$(BIN) run $(DEMO) --db Results/results.sqlite --plots plots
	@echo "results: Results/results.sqlite   charts: plots/"

## test: unit, golden, scenario and statistical validation tests
# Release mode: the statistical validation simulates millions of customers. The CLI
# tests run the channelsim binary that this same build produces. The suite is Swift
# Testing only: --disable-xctest drops XCTest's empty "Executed 0 tests" report, so the
# output ends with Swift Testing's "Test run with N tests … passed" line, and the exit
# status is swift test's own (no pipe).
test: deps
	$(SWIFT) test -c release --disable-xctest

## test-scale-out: a 4-shard sweep through GNU parallel, the Kubernetes job script and a real
## one-node Slurm job array, each merged and compared with the one-process sweep (docs/scale-out.md)
test-scale-out: build
	deploy/test-scale-out.sh

## check: the project's own regression check: every CI scenario and example against its
## baseline in Results/baselines (docs/ci.md); JUnit and markdown reports in Results/
check: build
	$(BIN) check Scenarios/ci Scenarios/examples --junit Results/check-junit.xml --markdown Results/check-summary.md

## bench: the engine on the three reference models (one thread each), then the full-model day
bench: build
	@for m in mmc-abandon mmc chat-fluid; do $(BIN) bench $$m --customers $(BENCH_N) --seed 1; done
	$(BIN) bench web-day --replications 30
	@for t in 1 2; do /usr/bin/time -f "compare bank-complex-enquiries, 30 replications, $$t thread(s): %e s" \
	  $(BIN) compare Scenarios/examples/bank-complex-enquiries.yaml --replications 30 --threads $$t --no-store --no-charts --quiet >/dev/null; done

## bench-peers: SimPy and Ciw on the same models, same machine (needs pip install -r ../shared/peers/requirements.txt)
bench-peers:
	sh ../shared/peers/run_all.sh $(BENCH_N) 1

clean:
	rm -rf .build
