# The two commands a newcomer needs (see README.md):
#   make run    install what is missing, build, start the app on a disposable demo caseload
#   make test   install what is missing, build, run the whole test suite
# Everything else is ordinary CMake in $(BUILD).

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR     ?= ON
JOBS       ?= $(shell nproc)

.PHONY: all deps configure build run test bench fuzz format clean package

all: build

deps:
	@bash packaging/install-build-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPB_WERROR=$(WERROR)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/pbplanner --demo

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The Debian package (cmake/PbPackaging.cmake), in $(BUILD): pbplanner_<version>_<arch>.deb
package: build
	cmake --build $(BUILD) --target package

bench: build
	cmake --build $(BUILD) --target benchmarks
	@for b in $(BUILD)/tests/benchmarks/bench_*; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $$b; done

fuzz: deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(BUILD)-fuzz -G Ninja -DPB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD)-fuzz --target fuzz_pbplan_loader
	mkdir -p $(BUILD)-fuzz/corpus
	$(BUILD)-fuzz/tests/fuzz/fuzz_pbplan_loader -max_total_time=60 $(BUILD)-fuzz/corpus tests/fuzz/corpus

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
