# SPDX-License-Identifier: MIT
# The two commands a user types on a fresh Debian 12 machine: `make run` and `make test`.
# Everything else here is what they call.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
SAMPLE ?= resources/samples/night-market/night-market.shotbrief

# ccache shares objects between clones of the repository (CI builds in a fresh clone).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

# Debian 12 packages: build tools, Qt 6.4, nlohmann_json, ffmpeg (clips), GStreamer (playback),
# Xvfb and ImageMagick (screenshots), poppler (PDF checks), melt (MLT checks), Noto CJK fonts,
# desktop-file-utils and appstream (validators), libzip (review package archives), chromium with
# chromium-driver and unzip (the review page's browser test).
DEB_PACKAGES = build-essential cmake ninja-build ccache pkg-config git \
	qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	qt6-qpa-plugins qt6-image-formats-plugins libgl-dev nlohmann-json3-dev qtkeychain-qt6-dev \
	ffmpeg gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad \
	gstreamer1.0-libav xvfb xauth imagemagick poppler-utils melt libxml2-utils \
	fonts-noto-cjk fonts-dejavu-core desktop-file-utils appstream nodejs clang clang-format libclang-rt-14-dev llvm \
	libzip-dev chromium chromium-driver unzip

.PHONY: all deps sdk configure build run test bench format format-check clean

all: build

deps:
	@missing=$$(dpkg-query -W -f='$${db:Status-Abbrev} $${Package}\n' $(DEB_PACKAGES) 2>/dev/null \
		| awk '$$1 == "ii" { print $$2 }' | sort > .deps-installed; \
		for p in $(DEB_PACKAGES); do grep -qx "$$p" .deps-installed || printf '%s ' "$$p"; done); \
	rm -f .deps-installed; \
	if [ -z "$$missing" ]; then echo "deps: all Debian packages present"; exit 0; fi; \
	echo "deps: installing $$missing"; \
	if [ "$$(id -u)" -eq 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	else echo "deps: missing packages and not root (no sudo): run as root: apt-get install $$missing" >&2; exit 1; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
		&& $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing \
		|| { echo "deps: apt-get could not install: $$missing (is this Debian 12 with network access to its mirrors?)" >&2; exit 1; }

# The official OpenAI and OpenRouter Node SDKs (pinned in tests/core/emulator/sdk/package-lock.json),
# which the emulator must serve unchanged: tst_sdkconformance drives them; and ESLint (pinned in
# resources/review/package-lock.json), which lints the review page's script (review_page_lint).
# Debian ships npm apart from nodejs.
SDK_DIR = tests/core/emulator/sdk
REVIEW_PAGE_DIR = resources/review
sdk: deps
	@if [ -d $(SDK_DIR)/node_modules/openai ] && [ -d $(SDK_DIR)/node_modules/@openrouter/sdk ] \
		&& [ -x $(REVIEW_PAGE_DIR)/node_modules/.bin/eslint ]; then exit 0; fi; \
	if ! command -v npm >/dev/null 2>&1; then \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm \
		|| { echo "sdk: could not install npm" >&2; exit 1; }; \
	fi; \
	for dir in $(SDK_DIR) $(REVIEW_PAGE_DIR); do \
		npm ci --prefix $$dir --no-audit --no-fund --ignore-scripts --loglevel=error \
		|| { echo "sdk: npm could not install the packages pinned in $$dir (is the npm registry reachable?)" >&2; exit 1; }; \
	done

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD_DIR)/build.ninja

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/shotbrief "$(SAMPLE)"

test: build sdk
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	cmake --build $(BUILD_DIR) --target bench

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)

.PHONY: package package-test

# The Debian package $(BUILD_DIR)/shotbrief_<version>_<arch>.deb (CPack; library dependencies
# from dpkg-shlibdeps, run-time ones listed in cmake/packaging.cmake).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Builds the package, checks its metadata and contents, then installs it with apt-get, starts
# it and removes it again (needs root or sudo). Not part of `make test`: it changes the system.
package-test: package
	tests/packaging/package-test.sh $(BUILD_DIR)

# Reliability (tests/reliability, tests/fuzz). test-sanitize: the whole suite built with
# AddressSanitizer + UndefinedBehaviorSanitizer in its own folder; any report fails the test.
# fuzz: libFuzzer harnesses built with clang, each run for FUZZ_SECONDS.
SANITIZE_BUILD_DIR ?= build-sanitize
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: test-sanitize fuzz

test-sanitize: deps sdk
	cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOTBRIEF_SANITIZE=ON
	@start=$$(date +%s); cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS) || exit $$?; \
		echo "test-sanitize: build took $$(( $$(date +%s) - start )) s"
	@start=$$(date +%s); cd $(SANITIZE_BUILD_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/reliability/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j $(JOBS) --timeout 1800; status=$$?; \
		echo "test-sanitize: ctest took $$(( $$(date +%s) - start )) s"; exit $$status

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DSHOTBRIEF_SANITIZE=ON -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link \
		"-DSHOTBRIEF_ONLY=core/model;core/io;core/prompt;core/document;core/export;core/conform;core/api;core/emulator;tests/fuzz"
	cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target fuzzers
	tests/fuzz/runfuzzers.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)
