// libFuzzer target for the .pbplan loader: any bytes at all go through
// PlanFile::fromXml, which must return (a plan or an error) without crashing,
// leaking, reading out of bounds or ending the program. Built only with
// -DPB_FUZZ=ON and clang; see tests/fuzz/CMakeLists.txt. Every input that ever
// crashed it is kept in tests/fuzz/crashers and replayed by test_fuzzreplay.
#include "exchange/planfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = pb::PlanFile::fromXml(bytes);
    if (result.ok()) {
        // A plan that was accepted must survive a round trip unchanged: the
        // loader never accepts something it could not have written.
        const QByteArray again = pb::PlanFile::toXml(result->person, result->plan);
        const auto reread = pb::PlanFile::fromXml(again);
        if (!reread.ok() || !(reread->plan == result->plan)
            || !(reread->person == result->person)) {
            __builtin_trap();
        }
    } else if (result.error().message.isEmpty()) {
        __builtin_trap(); // every refusal explains itself
    }
    return 0;
}
